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

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.party.length > 0 ||
    filters.type.length > 0 ||
    filters.verification.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q !== ''
  );
}
