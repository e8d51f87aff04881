/**
 * The mock server's in-memory index: events sorted by start, with the
 * values every query reads kept in typed columns, so a pass over 100,000
 * events is a tight numeric loop.
 */
import {
  type EventDetail,
  type EventPage,
  type EventSummary,
  eventTypesOf,
} from '../../src/domain/event';
import { normalizeText } from '../../src/domain/normalize-text';
import {
  calendarSpan,
  formatCalendarDay,
  type ParsedWhen,
  parseWhen,
  toInstantInterval,
} from '../../src/domain/when';

export type FacetName = keyof EventPage['facets'];

export const FACET_NAMES: readonly FacetName[] = [
  'party',
  'type',
  'verification',
];

export type IndexedEvent = {
  detail: EventDetail;
  firstDay: string;
  lastDay: string;
  startInstant: number;
  /** The last instant the event covers, inclusive. */
  lastInstant: number;
  /** The event's parties, each once. */
  parties: readonly string[];
  /** The folded text `q` searches, made on the first search. */
  text: string | null;
};

/**
 * Facet values by position: entry i is of type `facetValues.type[t]` for
 * every bit t set in `typeMask[i]` (its type and its additional types), its
 * parties are `partyCodes[partyStart[i]]` up to `partyStart[i + 1]`.
 */
export type FacetColumns = {
  typeMask: Uint32Array;
  verification: Uint8Array;
  partyStart: Uint32Array;
  partyCodes: Uint32Array;
};

export type EventIndex = {
  /** Sorted by start instant, then id. */
  entries: readonly IndexedEvent[];
  columns: FacetColumns;
  byId: ReadonlyMap<string, EventDetail>;
  /** Every value of each facet in the data set, sorted. */
  facetValues: Record<FacetName, readonly string[]>;
};

export function toSummary(event: EventDetail): EventSummary {
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    ...(event.additionalTypes
      ? { additionalTypes: [...event.additionalTypes] }
      : {}),
    start: event.start,
    end: event.end,
    ...(event.dateUncertain === undefined
      ? {}
      : { dateUncertain: event.dateUncertain }),
    timeZone: event.timeZone,
    place: { ...event.place },
    parties: [...event.parties],
    summary: event.summary,
    verification: event.verification,
  };
}

function parseOrThrow(value: string, eventId: string): ParsedWhen {
  const parsed = parseWhen(value);
  if (!parsed) throw new Error(`Event ${eventId} has an invalid date ${value}`);
  return parsed;
}

export function searchTextOf(event: EventDetail): string {
  const parts = [
    event.title,
    event.summary,
    event.place.name,
    event.place.city,
    ...event.participants.flatMap((p) => [p.name, p.title]),
  ];
  return normalizeText(parts.join('\n'));
}

function indexEvent(event: EventDetail): IndexedEvent {
  const start = parseOrThrow(event.start, event.id);
  const end = event.end === null ? null : parseOrThrow(event.end, event.id);
  const interval = toInstantInterval(start, end, event.timeZone);
  const lastIsTimed = (end ?? start).precision === 'minute';
  return {
    detail: event,
    firstDay: formatCalendarDay(calendarSpan(start).first),
    lastDay: formatCalendarDay(calendarSpan(end ?? start).last),
    startInstant: interval.start,
    // A timed end is itself covered; a day or month interval ends just
    // before the next day's midnight, which belongs to the next day.
    lastInstant: lastIsTimed ? interval.end : interval.end - 1,
    parties: distinct(event.parties),
    text: null,
  };
}

/** The values once each; the same array when they already are. */
function distinct(values: readonly string[]): readonly string[] {
  const unique = new Set(values);
  return unique.size === values.length ? values : [...unique];
}

function compareEntries(a: IndexedEvent, b: IndexedEvent): number {
  if (a.startInstant !== b.startInstant) return a.startInstant - b.startInstant;
  if (a.detail.id === b.detail.id) return 0;
  return a.detail.id < b.detail.id ? -1 : 1;
}

function positionsOf(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, position) => [value, position]));
}

function toColumns(
  entries: readonly IndexedEvent[],
  facetValues: EventIndex['facetValues'],
): FacetColumns {
  if (facetValues.type.length > 32) {
    throw new Error('At most 32 event types fit the type mask.');
  }
  const types = positionsOf(facetValues.type);
  const verifications = positionsOf(facetValues.verification);
  const parties = positionsOf(facetValues.party);
  const columns: FacetColumns = {
    typeMask: new Uint32Array(entries.length),
    verification: new Uint8Array(entries.length),
    partyStart: new Uint32Array(entries.length + 1),
    partyCodes: new Uint32Array(
      entries.reduce((sum, entry) => sum + entry.parties.length, 0),
    ),
  };
  let next = 0;
  entries.forEach((entry, position) => {
    let mask = 0;
    for (const type of eventTypesOf(entry.detail)) {
      mask |= 1 << (types.get(type) ?? 0);
    }
    columns.typeMask[position] = mask >>> 0;
    columns.verification[position] =
      verifications.get(entry.detail.verification) ?? 0;
    columns.partyStart[position] = next;
    for (const code of entry.parties) {
      columns.partyCodes[next] = parties.get(code) ?? 0;
      next += 1;
    }
  });
  columns.partyStart[entries.length] = next;
  return columns;
}

export function createEventIndex(events: readonly EventDetail[]): EventIndex {
  const entries = events.map(indexEvent).sort(compareEntries);
  // One pass, no intermediate arrays: at 100,000 events they cost more in
  // garbage collection than the rest of this function.
  const byId = new Map<string, EventDetail>();
  const values = {
    party: new Set<string>(),
    type: new Set<string>(),
    verification: new Set<string>(),
  };
  for (const event of events) {
    byId.set(event.id, event);
    for (const party of event.parties) values.party.add(party);
    values.type.add(event.type);
    for (const type of event.additionalTypes ?? []) values.type.add(type);
    values.verification.add(event.verification);
  }
  const facetValues = {
    party: [...values.party].sort(),
    type: [...values.type].sort(),
    verification: [...values.verification].sort(),
  };
  return {
    entries,
    columns: toColumns(entries, facetValues),
    byId,
    facetValues,
  };
}
