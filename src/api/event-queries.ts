import { queryOptions } from '@tanstack/react-query';

import type { PartyWithCount } from '@/domain/event';

import {
  type EventListParams,
  getEvent,
  getEvents,
  getParties,
} from './events';
import { getTimeline, type TimelineParams } from './timeline';

type PartyPage = Awaited<ReturnType<typeof getParties>>;

/** One function for every render, so that Query keeps the map it made. */
function byCode(page: PartyPage): ReadonlyMap<string, PartyWithCount> {
  return new Map(page.items.map((party) => [party.code, party]));
}

/** Query keys run from generic to specific, so any level can be invalidated. */
export const eventQueries = {
  all: () => ['events'] as const,
  lists: () => [...eventQueries.all(), 'list'] as const,
  list: (params: EventListParams) =>
    queryOptions({
      queryKey: [...eventQueries.lists(), params],
      queryFn: ({ signal }) => getEvents(params, signal),
    }),
  timelines: () => [...eventQueries.all(), 'timeline'] as const,
  /** What the timeline draws of one window (under `events`: a refresh of
   * the events refreshes it too). */
  timeline: (params: TimelineParams) =>
    queryOptions({
      queryKey: [...eventQueries.timelines(), params],
      queryFn: ({ signal }) => getTimeline(params, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'detail', id],
      queryFn: ({ signal }) => getEvent(id, signal),
    }),
};

export const partyQueries = {
  list: () =>
    queryOptions({
      queryKey: ['parties'],
      queryFn: ({ signal }) => getParties(signal),
      staleTime: Infinity,
    }),
  /** The same query, as a map from each party's code to the party. */
  byCode: () => queryOptions({ ...partyQueries.list(), select: byCode }),
};
