import { type DefaultOptions, QueryClient } from '@tanstack/react-query';

const defaultOptions = {
  queries: {
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: 1,
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
