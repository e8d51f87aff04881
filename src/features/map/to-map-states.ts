import type { Facet, PartyKind } from '@/domain/event';
import { normalizeText } from '@/domain/normalize-text';

import { type ShadeScale, shadeLevel, toShadeScale } from './shade-scale';
import { toNumericCode } from './state-codes';
import { type Point, TINY_AREA, type WorldGeometry } from './world-geometry';

/** Where a state is drawn: its shape (with a marker when tiny), or a point. */
export type Placement =
  | { kind: 'shape'; d: string; anchor: Point; isTiny: boolean }
  | { kind: 'point'; anchor: Point };

export type MapState = {
  code: string;
  numeric: string | null;
  name: string;
  count: number;
  level: number;
  isSelected: boolean;
  /** null when the atlas has neither a shape nor a point for it. */
  placement: Placement | null;
};

export type MapStates = {
  /** Every state with events (or chosen), west to east: the keyboard's order. */
  placed: MapState[];
  /** States with events that cannot be drawn (Kosovo has no ISO shape). */
  unplaced: MapState[];
  scale: ShadeScale;
};

export type ToMapStatesInput = {
  /** The API's party facet: counts within the other filters. */
  facets: readonly Facet[];
  /** The kind of each party the API knows; unknown two-letter codes are states. */
  kindOf: (code: string) => PartyKind | undefined;
  selected: readonly string[];
  nameOf: (code: string) => string;
  geometry: WorldGeometry;
};

function placementOf(
  numeric: string | null,
  geometry: WorldGeometry,
): Placement | null {
  if (numeric === null) return null;
  const shape = geometry.shapes.get(numeric);
  if (shape) {
    return {
      kind: 'shape',
      d: shape.d,
      anchor: shape.anchor,
      isTiny: shape.area < TINY_AREA,
    };
  }
  const point = geometry.pointOf(numeric);
  return point ? { kind: 'point', anchor: point } : null;
}

function isState(code: string, kind: PartyKind | undefined): boolean {
  return kind === undefined ? /^[A-Z]{2}$/.test(code) : kind === 'state';
}

/**
 * The states the map shows, from the facets alone (never from the events, so
 * 100,000 of them cost nothing here): every state with at least one event in
 * the current filter, and every chosen one even at zero (so it can be
 * un-chosen on the map), shaded by count, west to east.
 */
export function toMapStates({
  facets,
  kindOf,
  selected,
  nameOf,
  geometry,
}: ToMapStatesInput): MapStates {
  const counts = new Map<string, number>();
  for (const facet of facets) counts.set(facet.value, facet.count);
  const codes = new Set(
    [...counts].filter(([, count]) => count > 0).map(([code]) => code),
  );
  for (const code of selected) codes.add(code);
  const stateCodes = [...codes].filter((code) => isState(code, kindOf(code)));

  const scale = toShadeScale(
    Math.max(0, ...stateCodes.map((code) => counts.get(code) ?? 0)),
  );
  const placed: MapState[] = [];
  const unplaced: MapState[] = [];
  for (const code of stateCodes) {
    const numeric = toNumericCode(code);
    const count = counts.get(code) ?? 0;
    const state: MapState = {
      code,
      numeric,
      name: nameOf(code),
      count,
      level: shadeLevel(scale, count),
      isSelected: selected.includes(code),
      placement: placementOf(numeric, geometry),
    };
    (state.placement ? placed : unplaced).push(state);
  }
  placed.sort(
    (a, b) =>
      (a.placement?.anchor[0] ?? 0) - (b.placement?.anchor[0] ?? 0) ||
      (a.placement?.anchor[1] ?? 0) - (b.placement?.anchor[1] ?? 0) ||
      a.code.localeCompare(b.code),
  );
  unplaced.sort((a, b) => a.code.localeCompare(b.code));
  return { placed, unplaced, scale };
}

/**
 * Where the keyboard goes from `index` among the states named `names`: the
 * arrows step west or east (and wrap), Home and End go to the ends, and a
 * letter to the next state whose name starts with it (accents aside, as a
 * list box does); null for any other key, or a letter no name starts with.
 */
export function nextStateIndex(
  key: string,
  index: number,
  names: readonly string[],
): number | null {
  const { length } = names;
  if (length === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % length;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + length) % length;
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return key.length === 1 ? startingWith(key, index, names) : null;
  }
}

function startingWith(
  letter: string,
  index: number,
  names: readonly string[],
): number | null {
  const wanted = normalizeText(letter);
  if (wanted.trim() === '') return null;
  for (let step = 1; step <= names.length; step += 1) {
    const candidate = (index + step) % names.length;
    if (normalizeText(names[candidate] ?? '').startsWith(wanted)) {
      return candidate;
    }
  }
  return null;
}
