import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

import { STATE_POINTS } from './state-points';

/** The drawing's width in SVG units; its height follows from the projection. */
export const MAP_WIDTH = 960;

/**
 * Below this projected area (SVG units², at MAP_WIDTH) a shape is too small
 * to see or to click at a dashboard's width: Luxembourg, Brunei, Qatar…
 * The state gets a marked point on top of its shape.
 */
export const TINY_AREA = 40;

/** Natural Earth's Antarctica: no party, and a fifth of the drawing. */
const ANTARCTICA = '010';

export type Point = readonly [x: number, y: number];

export type CountryShape = {
  /** ISO 3166-1 numeric, as world-atlas keys it ("031"). */
  numeric: string;
  /** The SVG path. */
  d: string;
  /** Where its name and marker go: the centre of its largest part. */
  anchor: Point;
  /** Its projected area in SVG units². */
  area: number;
};

export type WorldGeometry = {
  width: number;
  height: number;
  /** Every country of the atlas that has an ISO code, by numeric code. */
  shapes: ReadonlyMap<string, CountryShape>;
  /** Shapes without an ISO code (Kosovo, N. Cyprus, Somaliland): land only. */
  unkeyed: readonly string[];
  /** The point of a state the atlas has no shape for, if the table has one. */
  pointOf: (numeric: string) => Point | null;
};

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  if (!('type' in value) || value.type !== 'Topology') return false;
  if (!('objects' in value)) return false;
  const { objects } = value;
  return (
    typeof objects === 'object' &&
    objects !== null &&
    'countries' in objects &&
    typeof objects.countries === 'object'
  );
}

/** A multi-part country's largest part (France without French Guiana). */
function largestPart(country: Feature): Feature {
  const { geometry } = country;
  if (geometry.type !== 'MultiPolygon') return country;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(part);
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  return best ? { ...country, geometry: best } : country;
}

function buildGeometry(): WorldGeometry {
  // Checked, not cast: the JSON's inferred type is looser than TopoJSON's.
  const topology: unknown = atlas;
  if (!isCountriesTopology(topology)) {
    throw new Error(
      'world-atlas/countries-110m.json is not the expected topology',
    );
  }
  const collection = feature(topology, topology.objects.countries);
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: collection.features.filter(
      (country) => String(country.id) !== ANTARCTICA,
    ),
  };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, countries);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(countries);
  const height = Math.ceil(bottom - top);
  projection.translate([
    projection.translate()[0],
    projection.translate()[1] - top,
  ]);

  const shapes = new Map<string, CountryShape>();
  const unkeyed: string[] = [];
  for (const country of countries.features) {
    const d = path(country) ?? '';
    if (country.id === undefined) {
      unkeyed.push(d);
      continue;
    }
    const numeric = String(country.id);
    const [x, y] = path.centroid(largestPart(country));
    shapes.set(numeric, {
      numeric,
      d,
      anchor: [x, y],
      area: path.area(country),
    });
  }
  return {
    width: MAP_WIDTH,
    height,
    shapes,
    unkeyed,
    pointOf: (numeric) => {
      const lonLat = STATE_POINTS[numeric];
      if (!lonLat) return null;
      const projected = projection([lonLat[0], lonLat[1]]);
      return projected ? [projected[0], projected[1]] : null;
    },
  };
}

let geometry: WorldGeometry | null = null;

/**
 * The world drawn once (Equal Earth, an equal-area projection, so that a
 * shaded area is not inflated towards the poles), Antarctica left out.
 */
export function getWorldGeometry(): WorldGeometry {
  geometry ??= buildGeometry();
  return geometry;
}
