import {
  type EventDetail,
  type EventPage,
  type EventSummary,
  type Facet,
  type Party,
  type PartyWithCount,
} from '../../src/domain/event';
import {
  calendarSpan,
  formatCalendarDay,
  parseWhen,
  toInstantInterval,
  type ParsedWhen,
} from '../../src/domain/when';
import { normalizeText } from '../../src/domain/normalize-text';
import { encodeCursor, type Bound, type EventQuery } from './event-params';

type IndexedEvent = {
  detail: EventDetail;
  summary: EventSummary;
  firstDay: string;
  lastDay: string;
  startInstant: number;
  /** The last instant the event covers, inclusive. */
  lastInstant: number;
  parties: ReadonlySet<string>;
  text: string;
};

export type EventIndex = {
  /** Sorted by start instant, then id. */
  entries: readonly IndexedEvent[];
  byId: ReadonlyMap<string, EventDetail>;
  facetValues: { party: string[]; type: string[]; verification: string[] };
};

type FacetName = keyof EventPage['facets'];

const FACET_NAMES: readonly FacetName[] = ['party', 'type', 'verification'];

export function toSummary(event: EventDetail): EventSummary {
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    start: event.start,
    end: event.end,
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

function searchTextOf(event: EventDetail): string {
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
    summary: toSummary(event),
    firstDay: formatCalendarDay(calendarSpan(start).first),
    lastDay: formatCalendarDay(calendarSpan(end ?? start).last),
    startInstant: interval.start,
    // A timed end is itself covered; a day or month interval ends just
    // before the next day's midnight, which belongs to the next day.
    lastInstant: lastIsTimed ? interval.end : interval.end - 1,
    parties: new Set(event.parties),
    text: searchTextOf(event),
  };
}

function compareEntries(a: IndexedEvent, b: IndexedEvent): number {
  if (a.startInstant !== b.startInstant) return a.startInstant - b.startInstant;
  if (a.detail.id === b.detail.id) return 0;
  return a.detail.id < b.detail.id ? -1 : 1;
}

function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function createEventIndex(events: readonly EventDetail[]): EventIndex {
  const entries = events.map(indexEvent).sort(compareEntries);
  return {
    entries,
    byId: new Map(events.map((event) => [event.id, event])),
    facetValues: {
      party: distinctSorted(events.flatMap((event) => event.parties)),
      type: distinctSorted(events.map((event) => event.type)),
      verification: distinctSorted(events.map((event) => event.verification)),
    },
  };
}

function endsOnOrAfter(entry: IndexedEvent, from: Bound): boolean {
  return from.kind === 'day'
    ? entry.lastDay >= from.day
    : entry.lastInstant >= from.instant;
}

function startsOnOrBefore(entry: IndexedEvent, to: Bound): boolean {
  return to.kind === 'day'
    ? entry.firstDay <= to.day
    : entry.startInstant <= to.instant;
}

function matchesTerms(entry: IndexedEvent, terms: readonly string[]): boolean {
  return terms.every((term) => entry.text.includes(term));
}

export function searchTerms(q: string): string[] {
  return normalizeText(q)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** The filters that do not take part in facets: dates and text. */
function matchesBase(
  entry: IndexedEvent,
  query: EventQuery,
  terms: readonly string[],
): boolean {
  return (
    (query.from === null || endsOnOrAfter(entry, query.from)) &&
    (query.to === null || startsOnOrBefore(entry, query.to)) &&
    matchesTerms(entry, terms)
  );
}

type FacetMatchers = Record<FacetName, (entry: IndexedEvent) => boolean>;

function facetMatchers(query: EventQuery): FacetMatchers {
  const anyOf = (selected: readonly string[], values: Iterable<string>) =>
    selected.length === 0 || [...values].some((v) => selected.includes(v));
  return {
    party: (entry) => anyOf(query.party, entry.parties),
    type: (entry) => anyOf(query.type, [entry.detail.type]),
    verification: (entry) =>
      anyOf(query.verification, [entry.detail.verification]),
  };
}

function facetValuesOf(entry: IndexedEvent, name: FacetName): Iterable<string> {
  if (name === 'party') return entry.parties;
  return [name === 'type' ? entry.detail.type : entry.detail.verification];
}

function compareFacets(a: Facet, b: Facet): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** Counts of one facet under every active filter except its own. */
function countFacet(
  name: FacetName,
  candidates: readonly IndexedEvent[],
  matchers: FacetMatchers,
  facetValues: EventIndex['facetValues'],
): Facet[] {
  const others = FACET_NAMES.filter((other) => other !== name);
  const counts = new Map(facetValues[name].map((value) => [value, 0]));
  for (const entry of candidates) {
    if (!others.every((other) => matchers[other](entry))) continue;
    for (const value of facetValuesOf(entry, name)) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(compareFacets);
}

export function queryEvents(index: EventIndex, query: EventQuery): EventPage {
  const terms = searchTerms(query.q);
  const candidates = index.entries.filter((entry) =>
    matchesBase(entry, query, terms),
  );
  const matchers = facetMatchers(query);
  const matches = candidates.filter((entry) =>
    FACET_NAMES.every((name) => matchers[name](entry)),
  );
  const pageEnd = query.offset + query.limit;
  return {
    items: matches.slice(query.offset, pageEnd).map((entry) => entry.summary),
    total: matches.length,
    nextCursor: pageEnd < matches.length ? encodeCursor(pageEnd) : null,
    facets: {
      party: countFacet('party', candidates, matchers, index.facetValues),
      type: countFacet('type', candidates, matchers, index.facetValues),
      verification: countFacet(
        'verification',
        candidates,
        matchers,
        index.facetValues,
      ),
    },
  };
}

export function getEventDetail(
  index: EventIndex,
  id: string,
): EventDetail | undefined {
  return index.byId.get(id);
}

function compareParties(a: Party, b: Party): number {
  return a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1);
}

/** Parties taking part in at least one event, with how many, by name. */
export function listParties(
  index: EventIndex,
  parties: readonly Party[],
): PartyWithCount[] {
  const counts = new Map<string, number>();
  for (const entry of index.entries) {
    for (const code of entry.parties) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return parties
    .map((party) => ({ ...party, eventCount: counts.get(party.code) ?? 0 }))
    .filter((party) => party.eventCount > 0)
    .sort(compareParties);
}
