import { dehydrate, QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';

import { readFirstAnswers, takeFirstAnswers } from '@/app/first-answers';
import { FIRST_ANSWERS_ID } from '@/config/first-answers';

/** A page whose answers script holds `text` (or that has none). */
function pageWith(text: string | null): Pick<Document, 'getElementById'> {
  return {
    getElementById: (id) =>
      text !== null && id === FIRST_ANSWERS_ID
        ? ({ textContent: text } as HTMLElement)
        : null,
  };
}

function answersOf(data: unknown, updatedAt: number) {
  const client = new QueryClient();
  client.setQueryData(['parties'], data, { updatedAt });
  return dehydrate(client);
}

test('reads the answers the build embedded', () => {
  const answers = answersOf({ items: [] }, 1000);
  expect(readFirstAnswers(pageWith(JSON.stringify(answers)))).toEqual(answers);
});

test.each([
  ['no answers script', null],
  ['an empty one', ''],
  ['malformed JSON', '{"queries": ['],
  ['JSON of another shape', '{"queries": {}}'],
  ['a bare value', '42'],
])('a page with %s has no answers: the app asks as usual', (_name, text) => {
  expect(readFirstAnswers(pageWith(text))).toBeNull();
});

test('embedded answers are as fresh as the page: nothing is asked again at once', () => {
  const builtAt = Date.now() - 10 * 24 * 60 * 60_000;
  const client = new QueryClient();
  takeFirstAnswers(client, answersOf({ items: ['x'] }, builtAt));
  expect(client.getQueryData(['parties'])).toEqual({ items: ['x'] });
  // Within the app's minute of staleTime, a mounted query does not refetch.
  const query = client.getQueryCache().find({ queryKey: ['parties'] });
  expect(query?.isStaleByTime(60_000)).toBe(false);
});
