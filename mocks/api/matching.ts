/** Which indexed events pass a query's filters. */
import { normalizeText } from '../../src/domain/normalize-text';
import type { Bound, EventFilter } from './event-params';
import {
  type EventIndex,
  type IndexedEvent,
  searchTextOf,
} from './event-index';

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
  entry.text ??= searchTextOf(entry.detail);
  const text = entry.text;
  return terms.every((term) => text.includes(term));
}

export function searchTerms(q: string): string[] {
  return normalizeText(q)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/**
 * Whether an event passes the filters that have no facet (dates and text);
 * null when the query has none of them.
 */
export function baseMatcher(
  query: EventFilter,
): ((entry: IndexedEvent) => boolean) | null {
  const terms = searchTerms(query.q);
  const { from, to } = query;
  if (from === null && to === null && terms.length === 0) return null;
  return (entry) =>
    (from === null || endsOnOrAfter(entry, from)) &&
    (to === null || startsOnOrBefore(entry, to)) &&
    (terms.length === 0 || matchesTerms(entry, terms));
}

/** The bit of each facet filter in the result of a facet matcher. */
export const MISSES = { party: 1, type: 2, verification: 4 } as const;

/** The bits of the chosen values, for a column of masks; null: no filter. */
function maskOf(
  values: readonly string[],
  selected: readonly string[],
): number | null {
  if (selected.length === 0) return null;
  const chosen = new Set(selected);
  return values.reduce(
    (mask, value, position) =>
      chosen.has(value) ? mask | (1 << position) : mask,
    0,
  );
}

function selection(
  values: readonly string[],
  selected: readonly string[],
): Uint8Array | null {
  if (selected.length === 0) return null;
  const chosen = new Set(selected);
  return Uint8Array.from(values, (value) => (chosen.has(value) ? 1 : 0));
}

/**
 * The facet filters the event at a position of the index fails, as MISSES
 * bits: 0 when it passes them all.
 */
export function facetMatcher(
  index: EventIndex,
  query: EventFilter,
): (position: number) => number {
  const { typeMask, verification, partyStart, partyCodes } = index.columns;
  const parties = selection(index.facetValues.party, query.party);
  // An event is of a type when it is its type or one of its additional ones.
  const types = maskOf(index.facetValues.type, query.type);
  const verifications = selection(
    index.facetValues.verification,
    query.verification,
  );
  const hasParty = (position: number, chosen: Uint8Array) => {
    const end = partyStart[position + 1] ?? 0;
    for (let at = partyStart[position] ?? 0; at < end; at += 1) {
      if (chosen[partyCodes[at] ?? 0]) return true;
    }
    return false;
  };
  return (position) =>
    (parties && !hasParty(position, parties) ? MISSES.party : 0) |
    (types !== null && ((typeMask[position] ?? 0) & types) === 0
      ? MISSES.type
      : 0) |
    (verifications && !verifications[verification[position] ?? 0]
      ? MISSES.verification
      : 0);
}
