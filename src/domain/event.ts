/**
 * The event model of the API contract (docs/api.md). These types are what the
 * client works with once a response has been validated at the boundary.
 */

/**
 * The first five are the week of the Hanoi signing; the rest came with the
 * whole treaty (issue #15). New types go at the end: the order is the order of
 * the lanes and the filter, which readers learn.
 */
export const EVENT_TYPES = [
  'adoption',
  'state-visit',
  'agreement',
  'ceremony',
  'bilateral-meeting',
  'signature',
  'ratification',
  'decision',
  'statement',
  'multilateral-meeting',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const VERIFICATIONS = [
  'verified',
  'partly-verified',
  'unverified',
  'disputed',
] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const PARTY_KINDS = ['state', 'organization', 'company'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PARTICIPANT_ROLES = [
  'host',
  'guest',
  'signatory',
  'witness',
  'speaker',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const DOCUMENT_KINDS = [
  'treaty',
  'joint-statement',
  'agreement',
  'mou',
  'letter-of-intent',
  'programme',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = [
  'adopted',
  'signed',
  'exchanged',
  'reached',
  'pending',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** ISO 3166-1 alpha-2 for a state ("AZ"); an upper-case slug otherwise ("UNODC"). */
export type PartyCode = string;

/**
 * A point in time as precise as the sources allow: "2025-10-25T09:00:00+07:00"
 * (minute, local offset), "2025-10-26" (local calendar day) or "2025-05" (month).
 */
export type When = string;

export type Party = { code: PartyCode; name: string; kind: PartyKind };

/**
 * Where it happened. `name` and `city` are empty when the sources give none
 * (a decision taken in writing, a statement published online); `country` is
 * then the state or organisation that acted.
 */
export type Place = { name: string; city: string; country: PartyCode };

export type EventSummary = {
  id: string;
  title: string;
  /** The main type: the event's lane on the timeline. */
  type: EventType;
  /**
   * Other types the event is also found under (a meeting at which an
   * agreement was signed is also an agreement); absent means none.
   */
  additionalTypes?: EventType[];
  start: When;
  /** Inclusive; null for a point event. */
  end: When | null;
  /**
   * The sources do not settle the date: with an `end`, the event took place
   * on one day (or at one time) within start–end, not known which; without
   * one, `start` is the likely date, reported loosely or inferred. Absent
   * means false.
   */
  dateUncertain?: boolean;
  /** IANA zone of the place, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
  place: Place;
  parties: PartyCode[];
  summary: string;
  verification: Verification;
};

export type Participant = {
  name: string;
  title: string;
  party: PartyCode;
  role: ParticipantRole;
};

export type EventDocument = {
  title: string;
  kind: DocumentKind;
  parties: PartyCode[];
  status: DocumentStatus;
};

export type Quote = { text: string; speaker: string; sourceId: string };

export type Source = {
  id: string;
  title: string;
  publisher: string;
  url: string;
  language: string;
};

export type EventDetail = EventSummary & {
  participants: Participant[];
  documents: EventDocument[];
  quotes: Quote[];
  sources: Source[];
  notes: string[];
  relatedEventIds: string[];
};

/** The event's type, then its additional types: every type it is found under. */
export function eventTypesOf(
  event: Pick<EventSummary, 'type' | 'additionalTypes'>,
): EventType[] {
  const more = event.additionalTypes ?? [];
  return more.length === 0
    ? [event.type]
    : [event.type, ...more.filter((type) => type !== event.type)];
}

export function isDateUncertain(
  event: Pick<EventSummary, 'dateUncertain'>,
): boolean {
  return event.dateUncertain === true;
}

export type Facet = { value: string; count: number };

export type EventPage = {
  items: EventSummary[];
  total: number;
  nextCursor: string | null;
  facets: { party: Facet[]; type: Facet[]; verification: Facet[] };
};

export type PartyWithCount = Party & { eventCount: number };

/** How `GET /api/timeline` cuts lanes: by event type, or by the other side. */
export const TIMELINE_LANES = ['type', 'counterpart'] as const;
export type TimelineLane = (typeof TIMELINE_LANES)[number];

/** An instant span as ISO 8601 UTC date-times. */
export type InstantSpan = { start: string; end: string };

/** How many matching events start within one time bucket of one lane. */
export type Cluster = InstantSpan & { lane: string; count: number };

/**
 * What the timeline draws of one window: every matching event when there are
 * at most `max`, otherwise counts per bucket and lane.
 */
export type TimelineSlice = {
  window: InstantSpan | null;
  total: number;
  items: EventSummary[];
  clusters: Cluster[];
  extent: InstantSpan | null;
};

export type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'internal';

export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: string; parameter?: string };
};
