import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { eventQueries } from '@/api/event-queries';

/**
 * The Refresh button's job: ask again for everything under `events` that is
 * on screen (the table, the counts, the timeline, the open event and the
 * treaty's progress), and say while the page's view of the events is being
 * fetched: the table's page (`isListFetching`) or a timeline slice, which
 * the timeline panel asks for itself.
 */
export function useRefresh(isListFetching: boolean) {
  const queryClient = useQueryClient();
  const isTimelineFetching =
    useIsFetching({ queryKey: eventQueries.timelines() }) > 0;
  const refresh = useCallback(() => {
    void queryClient.refetchQueries({
      queryKey: eventQueries.all(),
      type: 'active',
    });
  }, [queryClient]);
  return { isRefreshing: isListFetching || isTimelineFetching, refresh };
}
