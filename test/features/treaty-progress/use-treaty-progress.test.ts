import { expect, test } from 'vitest';

import { toCountedTypes } from '@/features/treaty-progress/use-treaty-progress';

test('only the counted types the API has, and knows, are asked for', () => {
  expect(toCountedTypes(undefined)).toEqual([]);
  expect(
    toCountedTypes([
      { value: 'ceremony', count: 3 },
      { value: 'bilateral-meeting', count: 8 },
    ]),
  ).toEqual([]);
  expect(
    toCountedTypes([
      { value: 'signature', count: 72 },
      { value: 'ceremony', count: 3 },
    ]),
  ).toEqual(['signature']);
  expect(
    toCountedTypes([
      { value: 'signature', count: 0 },
      { value: 'ratification', count: 2 },
    ]),
  ).toEqual(['ratification']);
  expect(
    toCountedTypes([
      { value: 'ratification', count: 2 },
      { value: 'signature', count: 75 },
    ]),
  ).toEqual(['ratification', 'signature']);
});
