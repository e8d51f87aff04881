/**
 * The mock API's queries with nothing asked for: what an empty query string
 * means for `GET /api/events` and `GET /api/timeline` (docs/api.md). The
 * parameter tests check the parsers against these; other tests override
 * only what they are about.
 */
import type { EventQuery } from '../../mocks/api/event-params';
import type { TimelineQuery } from '../../mocks/api/timeline-params';

export function eventQuery(overrides: Partial<EventQuery> = {}): EventQuery {
  return {
    party: [],
    type: [],
    verification: [],
    from: null,
    to: null,
    q: '',
    limit: 500,
    offset: 0,
    ...overrides,
  };
}

export function timelineQuery(
  overrides: Partial<TimelineQuery> = {},
): TimelineQuery {
  const { party, type, verification, from, to, q } = eventQuery();
  return {
    ...{ party, type, verification, from, to, q },
    window: null,
    max: 500,
    buckets: 50,
    lane: 'type',
    focal: 'VN',
    ...overrides,
  };
}
