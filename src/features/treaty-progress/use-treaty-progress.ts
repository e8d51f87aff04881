import { useQuery } from '@tanstack/react-query';

import { MAX_PAGE_LIMIT } from '@/api/all-events';
import { eventQueries } from '@/api/event-queries';
import type { EventType, Facet } from '@/domain/event';
import { isOneOf } from '@/domain/is-one-of';

import { RATIFICATION_TYPE, SIGNATURE_TYPE } from './treaty-progress';

const COUNTED_TYPES = [SIGNATURE_TYPE, RATIFICATION_TYPE] as const;

/** The same request as the dashboard's count of all events: one cache entry. */
const OVERVIEW = { limit: 1 };

/**
 * Which of the counted types the data has, from the API's type facet over
 * everything: none until the data holds signatures or ratification steps,
 * and then the client asks for them (and only them).
 */
export function toCountedTypes(
  facets: readonly Facet[] | undefined,
): EventType[] {
  return (facets ?? [])
    .filter((facet) => facet.count > 0)
    .map((facet) => facet.value)
    .filter((value) => isOneOf(COUNTED_TYPES, value))
    .sort();
}

/**
 * The signature and ratification events, whatever the filters: the API's
 * largest page, sorted by date (the real data holds about 80; a synthetic
 * set of 100,000 is drawn from its first 1,000, and the panel says so).
 */
export function useTreatyProgressEvents() {
  const overview = useQuery(eventQueries.list(OVERVIEW));
  const types = toCountedTypes(overview.data?.facets.type);
  const events = useQuery({
    ...eventQueries.list({ type: types, limit: MAX_PAGE_LIMIT }),
    enabled: types.length > 0,
  });
  return { overview, types, events };
}
