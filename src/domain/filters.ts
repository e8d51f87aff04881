import {
  EVENT_TYPES,
  type EventType,
  VERIFICATIONS,
  type Verification,
} from './event';
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

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export function isVerification(value: string): value is Verification {
  return (VERIFICATIONS as readonly string[]).includes(value);
}

export function isLaneMode(value: string): value is LaneMode {
  return (LANE_MODES as readonly string[]).includes(value);
}

export function isViewMode(value: string): value is ViewMode {
  return (VIEW_MODES as readonly string[]).includes(value);
}

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
