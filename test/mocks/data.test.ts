import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import { parties } from '../../mocks/data/parties';
import {
  EVENT_TYPES,
  type EventDetail,
  eventTypesOf,
} from '../../src/domain/event';
import { LANGUAGES } from '../../src/domain/language';
import { normalizeText } from '../../src/domain/normalize-text';
import { parseWhen, toInstantInterval } from '../../src/domain/when';
import { SHEET_URLS } from '../fixtures/sheet-urls';
import { TRANSLATIONS } from '../i18n-instance';

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

/** Every text of an event a reader can see. */
function textsOf(event: EventDetail): string[] {
  return [
    event.title,
    event.summary,
    event.place.name,
    event.place.city,
    ...event.notes,
    ...event.participants.flatMap((person) => [person.name, person.title]),
    ...event.documents.map((document) => document.title),
    ...event.quotes.flatMap((quote) => [quote.text, quote.speaker]),
    ...event.sources.flatMap((source) => [source.title, source.publisher]),
  ];
}

const byId = new Map(events.map((event) => [event.id, event]));

test('there are 108 events with unique ids, by type', () => {
  expect(events).toHaveLength(108);
  expect(byId.size).toBe(108);
  const counts = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0]));
  for (const event of events)
    counts[event.type] = (counts[event.type] ?? 0) + 1;
  expect(counts).toEqual({
    adoption: 1,
    'state-visit': 2,
    agreement: 3,
    ceremony: 2,
    'bilateral-meeting': 8,
    signature: 75,
    ratification: 3,
    decision: 4,
    statement: 6,
    'multilateral-meeting': 4,
  });
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

test('75 states and 8 organisations take part; states are ISO codes', () => {
  const states = parties.filter((party) => party.kind === 'state');
  expect(states).toHaveLength(75);
  expect(parties).toHaveLength(83);
  for (const state of states) expect(state.code).toMatch(/^[A-Z]{2}$/);
});

test('every organisation and company is named in every interface language, and of the states only Palestine', () => {
  const named = [
    ...parties
      .filter((party) => party.kind !== 'state')
      .map(({ code }) => code),
    // CLDR's "Palestinian Territories" is not the name it signed under.
    'PS',
  ].sort();
  expect(parties.find((party) => party.code === 'PS')?.kind).toBe('state');
  for (const language of LANGUAGES) {
    expect(Object.keys(TRANSLATIONS[language].party).sort()).toEqual(named);
  }
});

test('every event has a secure source, and every source URL is a sheet URL', () => {
  const allowed = new Set(SHEET_URLS);
  for (const event of events) {
    expect(
      event.sources.some((source) => source.url.startsWith('https://')),
      event.id,
    ).toBe(true);
    for (const source of event.sources) {
      expect(allowed, `${event.id}: ${source.url}`).toContain(source.url);
    }
    const ids = event.sources.map((source) => source.id);
    expect(new Set(ids).size, event.id).toBe(ids.length);
  }
});

test('source titles read as text, not as the words of a URL', () => {
  for (const event of events) {
    for (const source of event.sources) {
      const slug = (source.url.split('/').filter(Boolean).at(-1) ?? '')
        .replace(/\.[a-z]+$/, '')
        .replace(/[-_]+/g, ' ');
      expect(normalizeText(source.title), source.url).not.toBe(
        normalizeText(slug),
      );
      expect(source.title, source.url).toMatch(/^[\p{Lu}"“]/u);
      // Slug leftovers: "Un general assembly", "azerbaijan s capital".
      expect(source.title, source.url).not.toMatch(/\bUn\b| s /);
      expect(source.publisher.length, source.url).toBeGreaterThan(2);
    }
  }
});

test('no text a reader sees speaks of "the fact sheet"', () => {
  for (const event of events) {
    for (const text of textsOf(event)) {
      expect(text, event.id).not.toMatch(/fact sheet/i);
    }
  }
});

test('Lương Tam Quang is written with his diacritics everywhere', () => {
  const mentions = events.filter((event) =>
    textsOf(event).some((text) => text.includes('Lương Tam Quang')),
  );
  expect(mentions.length).toBeGreaterThanOrEqual(11);
  for (const event of events) {
    for (const text of textsOf(event)) {
      expect(text, event.id).not.toMatch(/Luong Tam Quang/);
    }
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

test('the optional fields are present only where they say something', () => {
  for (const event of events) {
    if (event.additionalTypes !== undefined) {
      expect(event.additionalTypes.length, event.id).toBeGreaterThan(0);
      expect(event.additionalTypes, event.id).not.toContain(event.type);
    }
    if (event.dateUncertain !== undefined) {
      expect(event.dateUncertain, event.id).toBe(true);
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

test('Azerbaijan takes part in exactly the eight Azerbaijan events', () => {
  const withAzerbaijan = events
    .filter((event) => partyCodesOf(event).includes('AZ'))
    .map((event) => event.id);
  expect(withAzerbaijan.sort()).toEqual(
    [
      'baku-state-visit-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'vn-az-documents-2025-05-07',
      'mps-az-baku-agreements-2025-05',
      'signature-az-2025-10-25',
      'quang-azerbaijan-2025-10-26',
      'azerbaijan-parliament-approves-2026-02-10',
      'azerbaijan-president-approves-2026-02-23',
    ].sort(),
  );
  for (const id of withAzerbaijan) {
    expect(byId.get(id)?.parties, id).toContain('AZ');
  }
});

test('the two October signings are agreements as well as meetings', () => {
  for (const id of ['quang-azerbaijan-2025-10-26', 'quang-poland-2025-10-27']) {
    const event = byId.get(id);
    expect(event?.type, id).toBe('bilateral-meeting');
    expect(event && eventTypesOf(event), id).toEqual([
      'bilateral-meeting',
      'agreement',
    ]);
    expect(
      event?.documents.some((document) => document.status === 'signed'),
      id,
    ).toBe(true);
  }
});

test('the Ericsson executive is found under both spellings', () => {
  const event = byId.get('quang-ericsson-2025-10-26');
  if (!event) throw new Error('no Ericsson meeting');
  const text = normalizeText(textsOf(event).join(' '));
  expect(event.title).toContain('Mokbel');
  expect(event.participants.map((person) => person.name)).toContain(
    'Rita Mokbel (also reported as Mikbel)',
  );
  expect(text).toContain('mikbel');
});

test('titles are short', () => {
  for (const event of events) {
    expect(event.title.length, event.id).toBeLessThanOrEqual(70);
  }
});

test('a ratification step says that the deposit with the UN was not found', () => {
  const ratifications = events.filter((event) => event.type === 'ratification');
  expect(ratifications.map((event) => event.id)).toEqual([
    'qatar-ratifies-2026-02',
    'azerbaijan-parliament-approves-2026-02-10',
    'azerbaijan-president-approves-2026-02-23',
  ]);
  for (const event of ratifications) {
    expect(
      event.notes.some((note) => /deposit/i.test(note)),
      event.id,
    ).toBe(true);
  }
});
