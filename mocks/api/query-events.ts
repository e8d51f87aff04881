import type {
  EventDetail,
  EventPage,
  Facet,
  Party,
  PartyWithCount,
} from '../../src/domain/event';
import { encodeCursor, type EventQuery } from './event-params';
import { type EventIndex, type IndexedEvent, toSummary } from './event-index';
import { baseMatcher, facetMatcher, MISSES } from './matching';

function compareFacets(a: Facet, b: Facet): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

function toFacets(values: readonly string[], counts: Int32Array): Facet[] {
  return values
    .map((value, position) => ({ value, count: counts[position] ?? 0 }))
    .sort(compareFacets);
}

/**
 * `GET /api/events` in one pass: the matches, and each facet counted under
 * every active filter except its own (an event failing only that facet's
 * filter still counts in it). An event counts under each of its types.
 */
export function queryEvents(index: EventIndex, query: EventQuery): EventPage {
  const { entries, columns, facetValues } = index;
  const passesBase = baseMatcher(query);
  const misses = facetMatcher(index, query);
  const partyCounts = new Int32Array(facetValues.party.length);
  const typeCounts = new Int32Array(facetValues.type.length);
  const verificationCounts = new Int32Array(facetValues.verification.length);
  const matches: IndexedEvent[] = [];
  entries.forEach((entry, position) => {
    if (passesBase && !passesBase(entry)) return;
    const missed = misses(position);
    if (missed === 0) matches.push(entry);
    if ((missed & ~MISSES.party) === 0) {
      const end = columns.partyStart[position + 1] ?? 0;
      for (let at = columns.partyStart[position] ?? 0; at < end; at += 1) {
        const code = columns.partyCodes[at] ?? 0;
        partyCounts[code] = (partyCounts[code] ?? 0) + 1;
      }
    }
    if ((missed & ~MISSES.type) === 0) {
      // Once under each of its types: these counts may add up to more
      // than the matches.
      let mask = columns.typeMask[position] ?? 0;
      for (let code = 0; mask !== 0; code += 1, mask >>>= 1) {
        if (mask & 1) typeCounts[code] = (typeCounts[code] ?? 0) + 1;
      }
    }
    if ((missed & ~MISSES.verification) === 0) {
      const code = columns.verification[position] ?? 0;
      verificationCounts[code] = (verificationCounts[code] ?? 0) + 1;
    }
  });
  const pageEnd = query.offset + query.limit;
  return {
    items: matches
      .slice(query.offset, pageEnd)
      .map((entry) => toSummary(entry.detail)),
    total: matches.length,
    nextCursor: pageEnd < matches.length ? encodeCursor(pageEnd) : null,
    facets: {
      party: toFacets(facetValues.party, partyCounts),
      type: toFacets(facetValues.type, typeCounts),
      verification: toFacets(facetValues.verification, verificationCounts),
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
