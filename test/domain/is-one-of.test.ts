import { expect, expectTypeOf, test } from 'vitest';

import { isOneOf } from '@/domain/is-one-of';

const LANES = ['type', 'country'] as const;

test.each(['type', 'country'])('%j is one of the lanes', (value) => {
  expect(isOneOf(LANES, value)).toBe(true);
});

test.each(['', 'Type', 'type ', 'counterpart', null, undefined, 0, ['type']])(
  '%j is not one of the lanes',
  (value) => {
    expect(isOneOf(LANES, value)).toBe(false);
  },
);

test('nothing is one of an empty list', () => {
  expect(isOneOf([], '')).toBe(false);
});

test('values are compared as they are, not as strings', () => {
  expect(isOneOf([1, 2, 3], 2)).toBe(true);
  expect(isOneOf([1, 2, 3], '2')).toBe(false);
});

test('a value that is one of the list narrows to its members', () => {
  const value: unknown = 'country';
  if (isOneOf(LANES, value)) {
    expectTypeOf(value).toEqualTypeOf<'type' | 'country'>();
  } else {
    expect.unreachable('"country" is a lane');
  }
});
