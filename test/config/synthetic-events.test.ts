import { expect, test } from 'vitest';

import { readSyntheticCount } from '@/config/synthetic-events';

test.each([
  [undefined, 0],
  ['', 0],
  ['1000', 1000],
  [' 100000 ', 100000],
  ['1000000', 1000000],
  ['1000001', 0],
  ['-5', 0],
  ['1e5', 0],
  ['12.5', 0],
  ['lots', 0],
])('VITE_SYNTHETIC_EVENTS=%j means %i synthetic events', (value, count) => {
  expect(readSyntheticCount(value)).toBe(count);
});
