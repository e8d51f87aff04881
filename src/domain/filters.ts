import type { EventType, Verification } from './event';
import type { Language } from './language';

export const LANE_MODES = ['type', 'country'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export const VIEW_MODES = ['timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** The whole view a URL describes: what is filtered, and how lanes are cut. */
export type Filters = {
  party: string[];
  type: EventType[];
  verification: Verification[];
  /** Inclusive local calendar days, "2025-05-01". */
  from: string | null;
  to: string | null;
  q: string;
  lanes: LaneMode;
  /** The drawn timeline (with the table under it), or the table alone. */
  view: ViewMode;
  /** The interface language chosen; null leaves it to the browser's. */
  lang: Language | null;
};

export const DEFAULT_FILTERS: Filters = {
  party: [],
  type: [],
  verification: [],
  from: null,
  to: null,
  q: '',
  lanes: 'type',
  view: 'timeline',
  lang: null,
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
