import { expect, test } from 'vitest';

import type { PartyKind } from '@/domain/event';
import { nextStateIndex, toMapStates } from '@/features/map/to-map-states';
import { getWorldGeometry } from '@/features/map/world-geometry';

const KINDS: Record<string, PartyKind> = {
  VN: 'state',
  AZ: 'state',
  UN: 'organization',
  ERICSSON: 'company',
  EU: 'organization',
};

function statesOf(
  facets: { value: string; count: number }[],
  selected: string[] = [],
) {
  return toMapStates({
    facets,
    kindOf: (code) => KINDS[code],
    selected,
    nameOf: (code) => `name of ${code}`,
    geometry: getWorldGeometry(),
  });
}

test('every state with events is placed, shaded by its count; organisations are not', () => {
  const { placed, unplaced } = statesOf([
    { value: 'VN', count: 15 },
    { value: 'AZ', count: 5 },
    { value: 'UN', count: 4 },
    { value: 'ERICSSON', count: 1 },
    { value: 'EU', count: 1 },
    { value: 'PL', count: 1 },
  ]);
  expect(placed.map((state) => state.code).sort()).toEqual(['AZ', 'PL', 'VN']);
  expect(unplaced).toEqual([]);
  const vietnam = placed.find((state) => state.code === 'VN');
  expect(vietnam).toMatchObject({
    numeric: '704',
    name: 'name of VN',
    count: 15,
    level: 5,
    isSelected: false,
    placement: { kind: 'shape' },
  });
});

test('states with no event in the filter are left out, unless chosen', () => {
  const { placed } = statesOf(
    [
      { value: 'VN', count: 3 },
      { value: 'AZ', count: 0 },
      { value: 'PL', count: 0 },
    ],
    ['PL'],
  );
  expect(placed.map((state) => [state.code, state.isSelected])).toEqual([
    ['PL', true],
    ['VN', false],
  ]);
  expect(placed[0]?.level).toBe(0);
});

test('states too small for a 110m shape are points; tiny shapes are marked', () => {
  const { placed } = statesOf([
    { value: 'NR', count: 1 },
    { value: 'PW', count: 2 },
    { value: 'TV', count: 1 },
    { value: 'LU', count: 1 },
    { value: 'BR', count: 1 },
  ]);
  const byCode = new Map(placed.map((state) => [state.code, state]));
  for (const code of ['NR', 'PW', 'TV']) {
    expect(byCode.get(code)?.placement?.kind, code).toBe('point');
  }
  expect(byCode.get('LU')?.placement).toMatchObject({
    kind: 'shape',
    isTiny: true,
  });
  expect(byCode.get('BR')?.placement).toMatchObject({
    kind: 'shape',
    isTiny: false,
  });
});

test('a state the atlas cannot place is listed as unplaced', () => {
  const { placed, unplaced } = statesOf([
    { value: 'XK', count: 1 },
    { value: 'VN', count: 1 },
  ]);
  expect(placed.map((state) => state.code)).toEqual(['VN']);
  expect(unplaced.map((state) => state.code)).toEqual(['XK']);
});

test('the states run west to east, the keyboard order', () => {
  const { placed } = statesOf(
    ['VN', 'BR', 'AZ', 'DZ', 'FJ'].map((value) => ({ value, count: 1 })),
  );
  expect(placed.map((state) => state.code)).toEqual([
    'BR',
    'DZ',
    'AZ',
    'VN',
    'FJ',
  ]);
});

test('every drawn point lies within the drawing', () => {
  const geometry = getWorldGeometry();
  for (const shape of geometry.shapes.values()) {
    const [x, y] = shape.anchor;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(geometry.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(geometry.height);
  }
});

const WEST_TO_EAST = ['Brazil', 'Algeria', 'Belarus', 'Azerbaijan', 'Việt Nam'];

test.each([
  ['ArrowRight', 0, 1],
  ['ArrowDown', 4, 0],
  ['ArrowLeft', 0, 4],
  ['ArrowUp', 1, 0],
  ['Home', 4, 0],
  ['End', 0, 4],
  // A letter: the next name it starts, after the current one, round again.
  ['a', 0, 1],
  ['A', 1, 3],
  ['a', 3, 1],
  ['b', 0, 2],
  ['v', 0, 4],
  ['Tab', 1, null],
  ['z', 1, null],
])('%s from %i of the 5 goes to %s', (key, from, to) => {
  expect(nextStateIndex(key, from, WEST_TO_EAST)).toBe(to);
});

test('no state, nowhere to go', () => {
  expect(nextStateIndex('ArrowRight', 0, [])).toBeNull();
});
