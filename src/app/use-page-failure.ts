import {
  notifyManager,
  type QueryFilters,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

import { isPageData } from './page-data';

const FAILED: QueryFilters = {
  type: 'active',
  predicate: (query) => isPageData(query) && query.state.status === 'error',
};

export type PageFailure = {
  /** The first failure's error: what the page says failed. */
  error: Error;
  isRetrying: boolean;
  /** Asks again for everything that failed, the timeline included. */
  retry: () => void;
};

/**
 * Whatever of the page's data failed, as one failure: the page says once
 * what failed and offers one Retry for all of it. null while nothing has.
 */
export function usePageFailure(): PageFailure | null {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback(
    (onChange: () => void) =>
      cache.subscribe(notifyManager.batchCalls(onChange)),
    [cache],
  );
  // A string, so that only a change of what failed renders again.
  const failures = useCallback(
    () =>
      cache
        .findAll(FAILED)
        .map(
          (query) =>
            `${query.queryHash}@${String(query.state.errorUpdatedAt)}:${query.state.fetchStatus}`,
        )
        .join('|'),
    [cache],
  );
  // Prerendered, the page has only its first answers: nothing has failed.
  const key = useSyncExternalStore(subscribe, failures, failures);
  const retry = useCallback(() => {
    void queryClient.refetchQueries(FAILED);
  }, [queryClient]);
  return useMemo(() => {
    if (key === '') return null;
    const failed = cache.findAll(FAILED);
    const [first] = failed;
    if (!first?.state.error) return null;
    return {
      error: first.state.error,
      isRetrying: failed.some(
        (query) => query.state.fetchStatus === 'fetching',
      ),
      retry,
    };
  }, [key, cache, retry]);
}
