import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { eventQueries } from '@/api/event-queries';

import { isPageData } from './page-data';

/**
 * The Refresh button's job: ask again for everything under `events` that is
 * on screen (the table, the counts, the timeline and the open event), and
 * say while the page's own data is being fetched.
 */
export function useRefresh() {
  const queryClient = useQueryClient();
  const isRefreshing = useIsFetching({ predicate: isPageData }) > 0;
  const refresh = useCallback(() => {
    void queryClient.refetchQueries({
      queryKey: eventQueries.all(),
      type: 'active',
    });
  }, [queryClient]);
  return { isRefreshing, refresh };
}
