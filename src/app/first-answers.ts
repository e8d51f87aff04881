import {
  type DehydratedState,
  hydrate,
  type QueryClient,
} from '@tanstack/react-query';

import { FIRST_ANSWERS_ID } from '@/config/first-answers';

function isDehydratedState(value: unknown): value is DehydratedState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'queries' in value &&
    Array.isArray(value.queries) &&
    'mutations' in value &&
    Array.isArray(value.mutations)
  );
}

/**
 * The answers the build embedded in the page (src/prerender.tsx), if it did
 * and they can be read; the page then asks for them as usual.
 */
export function readFirstAnswers(
  page: Pick<Document, 'getElementById'>,
): DehydratedState | null {
  const text = page.getElementById(FIRST_ANSWERS_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isDehydratedState(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Puts the embedded answers into the app's cache as answers just received:
 * they came with the page, so they are as fresh as it is (answered at build
 * time, they would otherwise be asked again at once).
 */
export function takeFirstAnswers(
  queryClient: QueryClient,
  answers: DehydratedState,
  now = Date.now(),
): void {
  hydrate(queryClient, {
    ...answers,
    queries: answers.queries.map((query) => ({
      ...query,
      state: { ...query.state, dataUpdatedAt: now },
    })),
  });
}
