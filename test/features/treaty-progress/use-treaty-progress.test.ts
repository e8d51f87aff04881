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
  // The API may have a type before the client's EVENT_TYPES does: asking
  // for it would be refused, so it is left out until the client knows it.
  expect(toCountedTypes([{ value: 'signature', count: 72 }])).toEqual([]);
});
