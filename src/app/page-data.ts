import type { Query } from '@tanstack/react-query';

import { eventQueries, partyQueries } from '@/api/event-queries';

const EVENTS_ROOT = eventQueries.all()[0];
const PARTIES_ROOT = partyQueries.list().queryKey[0];

/**
 * The page's own data: the lists, counts and timeline slices of the events,
 * and the parties; not one event's details, whose panel says itself what
 * failed or is loading (a 404 there is an answer, not a failure of the page).
 */
export function isPageData(query: Query): boolean {
  const [root, kind] = query.queryKey;
  return (root === EVENTS_ROOT && kind !== 'detail') || root === PARTIES_ROOT;
}
