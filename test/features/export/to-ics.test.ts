import ICAL from 'ical.js';
import { expect, test } from 'vitest';

import { escapeText, foldLine, PRODID, toIcs } from '@/features/export/to-ics';

import { englishT } from '../../english';
import { EXPORT_EVENTS, itemAt } from '../../fakes/export-events';

const NOW = new Date('2025-11-28T12:34:56Z');
const encoder = new TextEncoder();

/** iCalendar text knows one line break, written \n. */
const withLf = (text: string) => text.replace(/\r\n|\r/g, '\n');

/** Parses a calendar and teaches ical.js its time zones, as a client would. */
function parseCalendar(ics: string) {
  const calendar = ICAL.Component.fromString(ics);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  return { calendar, events, byId: new Map(events.map((e) => [e.uid, e])) };
}

function parsed(id: string) {
  const event = parseCalendar(toIcs(EXPORT_EVENTS, NOW, englishT)).byId.get(
    `${id}@treaty-timeline`,
  );
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

test('a calendar has a PRODID, and every event a UID and a DTSTAMP', () => {
  const { calendar, events } = parseCalendar(
    toIcs(EXPORT_EVENTS, NOW, englishT),
  );
  expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODID);
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(events.map((event) => event.uid)).toEqual(
    EXPORT_EVENTS.map((event) => `${event.id}@treaty-timeline`),
  );
  for (const event of events) {
    expect(String(event.component.getFirstPropertyValue('dtstamp'))).toBe(
      '2025-11-28T12:34:56Z',
    );
  }
});

test('titles, places and summaries parse back exactly, hostile text included', () => {
  const { events } = parseCalendar(toIcs(EXPORT_EVENTS, NOW, englishT));
  expect(events.map((event) => event.summary)).toEqual(
    EXPORT_EVENTS.map((event) => withLf(event.title)),
  );
  const first = itemAt(EXPORT_EVENTS, 0);
  expect(events[0]?.description.split('\n\n')[0]).toBe(withLf(first.summary));
  expect(events[0]?.location).toBe('National Convention Centre, Hanoi, VN');
});

test('a day is an all-day event that ends, exclusively, the next day', () => {
  const event = parsed('quang-azerbaijan-2025-10-26');
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe('2025-10-26');
  expect(event.endDate.toString()).toBe('2025-10-27');
});

test('a span of days ends the day after its last day', () => {
  const event = parsed('state-visit-span');
  expect(event.startDate.toString()).toBe('2025-05-07');
  expect(event.endDate.toString()).toBe('2025-05-09');
});

test('a month spans the whole month and says the day is not known', () => {
  const event = parsed('baku-agreements');
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe('2025-05-01');
  expect(event.endDate.toString()).toBe('2025-06-01');
  expect(event.description).toContain(englishT('exporting.unknownDay'));
});

test('an uncertain date says so, additional types are categories too, and a place has only its parts', () => {
  const one = {
    ...itemAt(EXPORT_EVENTS, 0),
    id: 'signature-se',
    type: 'signature' as const,
    start: '2025-10-25',
    end: '2025-10-26',
    dateUncertain: true,
  };
  const two = {
    ...itemAt(EXPORT_EVENTS, 0),
    id: 'meeting-and-agreement',
    additionalTypes: ['agreement' as const],
    dateUncertain: true,
  };
  const three = {
    ...itemAt(EXPORT_EVENTS, 0),
    id: 'council-decision',
    place: { name: 'Council of the European Union', city: '', country: 'EU' },
  };
  const { byId } = parseCalendar(toIcs([one, two, three], NOW, englishT));
  // A place is the parts it has.
  expect(byId.get('council-decision@treaty-timeline')?.location).toBe(
    'Council of the European Union, EU',
  );
  const signature = byId.get('signature-se@treaty-timeline');
  expect(signature?.description).toContain(englishT('exporting.oneDayWithin'));
  expect(signature?.description).not.toContain(
    englishT('exporting.unknownDay'),
  );
  expect(signature?.startDate.toString()).toBe('2025-10-25');
  expect(signature?.endDate.toString()).toBe('2025-10-27');
  const meeting = byId.get('meeting-and-agreement@treaty-timeline');
  expect(meeting?.description).toContain(englishT('exporting.dateUncertain'));
  expect(meeting?.description).toContain('Bilateral meeting; also Agreement.');
  expect(
    meeting?.component.getFirstProperty('categories')?.getValues(),
  ).toEqual(['Bilateral meeting', 'Agreement']);
});

test('timed events keep their zone and their instant, in and out of daylight saving', () => {
  for (const source of EXPORT_EVENTS.filter((e) => e.start.includes('T'))) {
    const event = parsed(source.id);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone.tzid).toBe(source.timeZone);
    expect(event.startDate.toJSDate().getTime()).toBe(
      new Date(source.start).getTime(),
    );
    if (source.end) {
      expect(event.endDate.toJSDate().getTime()).toBe(
        new Date(source.end).getTime(),
      );
    }
  }
  expect(parsed('new-york-summer').startDate.toString()).toBe(
    '2025-07-04T10:00:00',
  );
  expect(parsed('new-york-winter').startDate.toString()).toBe(
    '2024-12-24T15:30:00',
  );
});

test('an unknown time zone falls back to UTC', () => {
  const source = { ...itemAt(EXPORT_EVENTS, 1), timeZone: 'Mars/Olympus' };
  const { events } = parseCalendar(toIcs([source], NOW, englishT));
  expect(events[0]?.startDate.zone.tzid).toBe('UTC');
  expect(events[0]?.startDate.toJSDate().getTime()).toBe(
    new Date(source.start).getTime(),
  );
});

test('every line is at most 75 octets and ends with CRLF', () => {
  const ics = toIcs(EXPORT_EVENTS, NOW, englishT);
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
});

test('folding never splits a character', () => {
  const folded = foldLine(`SUMMARY:${'Lương हिन्दी 🇻🇳 '.repeat(20)}`);
  const unfolded = folded.replace(/\r\n /g, '');
  expect(unfolded).toBe(`SUMMARY:${'Lương हिन्दी 🇻🇳 '.repeat(20)}`);
  expect(folded).not.toContain('\uFFFD');
});

test('text escapes backslashes, semicolons, commas and line breaks', () => {
  expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
});
