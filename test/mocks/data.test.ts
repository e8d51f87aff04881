import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import { parties } from '../../mocks/data/parties';
import type { EventDetail } from '../../src/domain/event';
import { parseWhen, toInstantInterval } from '../../src/domain/when';

const WHEN_FORMATS = [
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{4}-\d{2}$/,
];

function firstInstant(value: string, timeZone: string): number {
  const parsed = parseWhen(value);
  if (!parsed) throw new Error(`not a When: ${value}`);
  return toInstantInterval(parsed, null, timeZone).start;
}

function partyCodesOf(event: EventDetail): string[] {
  return [
    ...event.parties,
    ...event.participants.map((participant) => participant.party),
    ...event.documents.flatMap((document) => document.parties),
  ];
}

const byId = new Map(events.map((event) => [event.id, event]));

test('there are 17 events with unique ids', () => {
  expect(events).toHaveLength(17);
  expect(byId.size).toBe(17);
});

test('every related event exists and the relation is symmetric', () => {
  for (const event of events) {
    expect(event.relatedEventIds).not.toContain(event.id);
    expect(new Set(event.relatedEventIds).size).toBe(
      event.relatedEventIds.length,
    );
    for (const relatedId of event.relatedEventIds) {
      const related = byId.get(relatedId);
      expect(related, `${event.id} → ${relatedId}`).toBeDefined();
      expect(related?.relatedEventIds, `${relatedId} → ${event.id}`).toContain(
        event.id,
      );
    }
  }
});

test("every quote's sourceId names a source of the same event", () => {
  for (const event of events) {
    const sourceIds = event.sources.map((source) => source.id);
    for (const quote of event.quotes) {
      expect(sourceIds, `${event.id}: ${quote.text}`).toContain(quote.sourceId);
    }
  }
});

test('every party code used is in parties, and every party is used', () => {
  const known = new Set(parties.map((party) => party.code));
  const used = new Set(events.flatMap(partyCodesOf));
  for (const event of events) {
    for (const code of partyCodesOf(event)) {
      expect(known, `${event.id}: ${code}`).toContain(code);
    }
    expect(new Set(event.parties).size).toBe(event.parties.length);
  }
  expect([...known].sort()).toEqual([...used].sort());
});

test('parties have unique codes and are sorted by name', () => {
  expect(new Set(parties.map((party) => party.code)).size).toBe(parties.length);
  const names = parties.map((party) => party.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
});

test('source URLs use https and source ids are unique within an event', () => {
  for (const event of events) {
    expect(event.sources.length, event.id).toBeGreaterThan(0);
    for (const source of event.sources) {
      expect(source.url, event.id).toMatch(/^https:\/\//);
    }
    const ids = event.sources.map((source) => source.id);
    expect(new Set(ids).size, event.id).toBe(ids.length);
  }
});

test('start and end are valid When values and end is after start', () => {
  for (const event of events) {
    const values =
      event.end === null ? [event.start] : [event.start, event.end];
    for (const value of values) {
      expect(
        WHEN_FORMATS.some((format) => format.test(value)),
        `${event.id}: ${value}`,
      ).toBe(true);
      expect(parseWhen(value), `${event.id}: ${value}`).not.toBeNull();
    }
    if (event.end !== null) {
      expect(firstInstant(event.end, event.timeZone), event.id).toBeGreaterThan(
        firstInstant(event.start, event.timeZone),
      );
    }
  }
});

test('events are sorted by start, then id', () => {
  const sorted = [...events].sort(
    (a, b) =>
      firstInstant(a.start, a.timeZone) - firstInstant(b.start, b.timeZone) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  expect(events.map((event) => event.id)).toEqual(
    sorted.map((event) => event.id),
  );
});

test('Azerbaijan takes part in exactly the five Azerbaijan events', () => {
  const withAzerbaijan = events
    .filter((event) => partyCodesOf(event).includes('AZ'))
    .map((event) => event.id);
  expect(withAzerbaijan.sort()).toEqual(
    [
      'baku-state-visit-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'vn-az-documents-2025-05-07',
      'mps-az-baku-agreements-2025-05',
      'quang-azerbaijan-2025-10-26',
    ].sort(),
  );
  for (const id of withAzerbaijan) {
    expect(byId.get(id)?.parties, id).toContain('AZ');
  }
});

test('titles are short', () => {
  for (const event of events) {
    expect(event.title.length, event.id).toBeLessThanOrEqual(70);
  }
});
