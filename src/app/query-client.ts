import { type DefaultOptions, QueryClient } from '@tanstack/react-query';

import { isRetryable } from '@/api/api-error';

const defaultOptions = {
  queries: {
    staleTime: 60_000,
    // A page whose data failed recovers by itself when the reader comes
    // back to it or the network does (TanStack Query's defaults, kept on
    // purpose): a failed query is stale, so it is asked again.
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
    retry: (failures: number, error: Error) =>
      failures < 1 && isRetryable(error),
  },
} satisfies DefaultOptions;

/** The app's QueryClient; tests pass `retry: false` to fail fast. */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: { ...defaultOptions.queries, ...overrides },
    },
  });
}
