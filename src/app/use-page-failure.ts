import {
  notifyManager,
  type Query,
  type QueryFilters,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

import { eventQueries, partyQueries } from '@/api/event-queries';

const EVENTS_ROOT = eventQueries.all()[0];
const PARTIES_ROOT = partyQueries.list().queryKey[0];

/**
 * The page's own data: the lists, counts and timeline slices of the events,
 * and the parties; not one event's details, whose panel says itself what
 * failed (a 404 there is an answer, not a failure of the page).
 */
function isPageData(query: Query): boolean {
  const [root, kind] = query.queryKey;
  return (root === EVENTS_ROOT && kind !== 'detail') || root === PARTIES_ROOT;
}

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
  const key = useSyncExternalStore(subscribe, () =>
    cache
      .findAll(FAILED)
      .map(
        (query) =>
          `${query.queryHash}@${String(query.state.errorUpdatedAt)}:${query.state.fetchStatus}`,
      )
      .join('|'),
  );
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
