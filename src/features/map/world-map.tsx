/**
 * The drawn map: one SVG of the world, the states with events shaded and
 * interactive. It owns only what is drawn and where focus is; the states,
 * their counts and the choice come in as props. Keyboard: one Tab stop (a
 * roving tabindex); the arrow keys move west or east, Home and End go to the
 * ends, Enter or Space toggles the focused state.
 */
import {
  type KeyboardEvent,
  type MouseEvent,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { MapTip } from './map-tip';
import { type MapState, nextStateIndex } from './to-map-states';
import type { Point, WorldGeometry } from './world-geometry';

export type WorldMapProps = {
  geometry: WorldGeometry;
  /** The states drawn, west to east. */
  states: readonly MapState[];
  onToggle: (code: string) => void;
  /** The id of the text that tells how the keyboard works. */
  describedBy: string;
};

/** A marked point's radius, in SVG units (the drawing is 960 wide). */
const POINT_RADIUS = 5;

/** Half the tip's widest, in px: it stays this far from the map's sides. */
const TIP_HALF_WIDTH = 100;

type Tip = { code: string; at: Point };

function stateClass(state: MapState): string {
  return `tt-map__state tt-map__state--level-${state.level}${
    state.isSelected ? ' tt-map__state--selected' : ''
  }`;
}

export function WorldMap({
  geometry,
  states,
  onToggle,
  describedBy,
}: WorldMapProps) {
  const { t } = useTranslation();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const elements = useRef(new Map<string, SVGElement>());
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  // The countries not drawn as states, as one path: it changes only when
  // the set of states does, not with every count.
  const drawnKey = states
    .flatMap((state) => (state.numeric ? [state.numeric] : []))
    .sort()
    .join(' ');
  const land = useMemo(() => {
    const drawn = new Set(drawnKey.split(' '));
    return [
      ...[...geometry.shapes.values()]
        .filter((shape) => !drawn.has(shape.numeric))
        .map((shape) => shape.d),
      ...geometry.unkeyed,
    ].join('');
  }, [geometry, drawnKey]);

  const activeIndex = Math.max(
    0,
    states.findIndex((state) => state.code === activeCode),
  );
  const tipState = states.find((state) => state.code === tip?.code);

  /**
   * Shows the tip at a point of the wrapper (px), kept inside it sideways so
   * that it never makes the page scroll.
   */
  function showTip(code: string, [x, y]: Point) {
    const width = wrapperRef.current?.clientWidth ?? geometry.width;
    const left = Math.min(
      Math.max(x, Math.min(TIP_HALF_WIDTH, width / 2)),
      Math.max(width - TIP_HALF_WIDTH, width / 2),
    );
    setTip({ code, at: [left, y] });
  }

  function handleMouseMove(code: string, event: MouseEvent) {
    const box = wrapperRef.current?.getBoundingClientRect();
    if (!box) return;
    showTip(code, [event.clientX - box.left, event.clientY - box.top]);
  }

  function handleKeyDown(index: number, event: KeyboardEvent) {
    const state = states[index];
    if (!state) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(state.code);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = nextStateIndex(
      event.key,
      index,
      states.map((each) => each.name),
    );
    const target = next === null ? undefined : states[next];
    if (!target) return;
    event.preventDefault();
    setActiveCode(target.code);
    elements.current.get(target.code)?.focus();
  }

  const interactive = (state: MapState, index: number) => ({
    ref: (element: SVGElement | null) => {
      if (element) elements.current.set(state.code, element);
      else elements.current.delete(state.code);
    },
    role: 'button',
    tabIndex: index === activeIndex ? 0 : -1,
    'aria-pressed': state.isSelected,
    'aria-label': t('map.state', { name: state.name, count: state.count }),
    className: stateClass(state),
    onClick: () => {
      setActiveCode(state.code);
      onToggle(state.code);
    },
    onKeyDown: (event: KeyboardEvent) => {
      handleKeyDown(index, event);
    },
    onFocus: () => {
      setActiveCode(state.code);
      if (!state.placement) return;
      const width = wrapperRef.current?.clientWidth ?? geometry.width;
      const [x, y] = state.placement.anchor;
      const scale = width / geometry.width;
      showTip(state.code, [x * scale, y * scale]);
    },
    onBlur: () => {
      setTip(null);
    },
    onMouseMove: (event: MouseEvent) => {
      handleMouseMove(state.code, event);
    },
    onMouseLeave: () => {
      setTip(null);
    },
  });

  return (
    <div className="tt-map" ref={wrapperRef}>
      <svg
        className="tt-map__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-label={t('map.label')}
        aria-describedby={describedBy}
      >
        <path className="tt-map__land" d={land} aria-hidden="true" />
        <g>
          {states.map((state, index) =>
            state.placement?.kind === 'shape' ? (
              <path
                key={state.code}
                d={state.placement.d}
                {...interactive(state, index)}
              />
            ) : null,
          )}
        </g>
        <g aria-hidden="true" className="tt-map__outlines">
          {states.map((state) =>
            state.isSelected && state.placement?.kind === 'shape' ? (
              <path
                key={state.code}
                d={state.placement.d}
                className="tt-map__outline"
              />
            ) : null,
          )}
          {tipState?.placement?.kind === 'shape' ? (
            <path d={tipState.placement.d} className="tt-map__highlight" />
          ) : null}
        </g>
        <g>
          {states.map((state, index) => {
            const { placement } = state;
            if (placement?.kind === 'point') {
              const [cx, cy] = placement.anchor;
              return (
                <circle
                  key={state.code}
                  cx={cx}
                  cy={cy}
                  r={POINT_RADIUS}
                  {...interactive(state, index)}
                  className={`${stateClass(state)} tt-map__point`}
                />
              );
            }
            if (placement?.kind === 'shape' && placement.isTiny) {
              // A mouse target for a shape too small to hit; the shape
              // itself is what the keyboard and screen readers reach.
              const [cx, cy] = placement.anchor;
              return (
                <circle
                  key={state.code}
                  cx={cx}
                  cy={cy}
                  r={POINT_RADIUS}
                  aria-hidden="true"
                  className={`${stateClass(state)} tt-map__point`}
                  onClick={() => {
                    onToggle(state.code);
                  }}
                  onMouseMove={(event) => {
                    handleMouseMove(state.code, event);
                  }}
                  onMouseLeave={() => {
                    setTip(null);
                  }}
                />
              );
            }
            return null;
          })}
        </g>
      </svg>
      {tip && tipState ? <MapTip state={tipState} at={tip.at} /> : null}
    </div>
  );
}
