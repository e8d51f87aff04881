import type { EventType, Verification } from './event';

/** What narrows the events shown (the rest of the view is view-state.ts's). */
export type Filters = {
  party: string[];
  type: EventType[];
  verification: Verification[];
  /** Inclusive local calendar days, "2025-05-01". */
  from: string | null;
  to: string | null;
  q: string;
};

export const NO_FILTERS: Filters = {
  party: [],
  type: [],
  verification: [],
  from: null,
  to: null,
  q: '',
};

export const MAX_QUERY_LENGTH = 200;

/** How many filters narrow the events: one per value, date bound and search. */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.party.length +
    filters.type.length +
    filters.verification.length +
    (filters.from === null ? 0 : 1) +
    (filters.to === null ? 0 : 1) +
    (filters.q === '' ? 0 : 1)
  );
}

export function hasActiveFilters(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}
