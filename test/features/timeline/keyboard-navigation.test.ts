import { expect, test } from 'vitest';

import { targetOfKey } from '@/features/timeline/keyboard-navigation';

const ORDER = ['first', 'second', 'third', 'fourth'];

test.each([
  ['ArrowRight', 'second', 'third'],
  ['ArrowDown', 'second', 'third'],
  ['ArrowLeft', 'third', 'second'],
  ['ArrowUp', 'third', 'second'],
])('%s from %s steps to %s', (key, current, expected) => {
  expect(targetOfKey(ORDER, current, key)).toBe(expected);
});

test('the forward arrows stop at the last item', () => {
  expect(targetOfKey(ORDER, 'fourth', 'ArrowRight')).toBe('fourth');
  expect(targetOfKey(ORDER, 'fourth', 'ArrowDown')).toBe('fourth');
});

test('the backward arrows stop at the first item', () => {
  expect(targetOfKey(ORDER, 'first', 'ArrowLeft')).toBe('first');
  expect(targetOfKey(ORDER, 'first', 'ArrowUp')).toBe('first');
});

test('stepping forward visits every item in order', () => {
  const visited = ['first'];
  for (let i = 0; i < ORDER.length + 2; i += 1) {
    const next = targetOfKey(ORDER, visited.at(-1) ?? null, 'ArrowRight');
    if (next === null) throw new Error('ArrowRight gave no target');
    visited.push(next);
  }
  expect(visited).toEqual([...ORDER, 'fourth', 'fourth', 'fourth']);
});

test('stepping back visits every item in reverse order', () => {
  const visited = ['fourth'];
  for (let i = 0; i < ORDER.length - 1; i += 1) {
    const next = targetOfKey(ORDER, visited.at(-1) ?? null, 'ArrowLeft');
    if (next === null) throw new Error('ArrowLeft gave no target');
    visited.push(next);
  }
  expect(visited).toEqual([...ORDER].reverse());
});

test('Home jumps to the first item and End to the last', () => {
  expect(targetOfKey(ORDER, 'third', 'Home')).toBe('first');
  expect(targetOfKey(ORDER, 'second', 'End')).toBe('fourth');
  expect(targetOfKey(ORDER, 'first', 'Home')).toBe('first');
  expect(targetOfKey(ORDER, 'fourth', 'End')).toBe('fourth');
});

test('a single item is its own neighbour in every direction', () => {
  for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) {
    expect(targetOfKey(['only'], 'only', key)).toBe('only');
  }
});

test.each(['Enter', ' ', 'Tab', 'Escape', 'PageDown', 'a', 'arrowright', ''])(
  'the key %j moves nowhere',
  (key) => {
    expect(targetOfKey(ORDER, 'second', key)).toBeNull();
    expect(targetOfKey(ORDER, null, key)).toBeNull();
  },
);

test('a key named like an Object.prototype member moves nowhere and does not throw', () => {
  // Regression: with the steps in a plain object, STEPS[key] found inherited
  // members: "constructor" moved to Number(index), "valueOf" threw.
  const keys = ['constructor', 'hasOwnProperty', 'valueOf', 'toString'];
  const outcomes = keys.map((key) => {
    try {
      return targetOfKey(ORDER, 'second', key);
    } catch (error) {
      return `threw ${String(error)}`;
    }
  });
  expect(outcomes).toEqual([null, null, null, null]);
});

test('an empty order has no target for any key', () => {
  for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) {
    expect(targetOfKey([], null, key)).toBeNull();
    expect(targetOfKey([], 'first', key)).toBeNull();
  }
});

test('from no current item, any step starts at the first', () => {
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    expect(targetOfKey(ORDER, null, key)).toBe('first');
  }
});

test('from an id that is not in the order, any step starts at the first', () => {
  for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) {
    expect(targetOfKey(ORDER, 'gone', key)).toBe('first');
  }
});
