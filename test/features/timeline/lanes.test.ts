import { expect, test } from 'vitest';

import type { EventSummary, EventType } from '@/domain/event';
import { counterpartOf } from '@/domain/counterpart';
import {
  laneNamer,
  laneOf,
  toLanes,
  toTimelineItems,
} from '@/features/timeline/to-timeline-items';

import { events as realEvents } from '../../../mocks/data/events';
import { englishT } from '../../english';

let serial = 0;

function event(
  type: EventType,
  parties: string[],
  start = '2025-10-26',
): EventSummary {
  serial += 1;
  return {
    id: `event-${String(serial)}`,
    title: `Event ${String(serial)}`,
    type,
    start,
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: { name: 'Somewhere', city: 'Hanoi', country: 'VN' },
    parties,
    summary: '',
    verification: 'verified',
  };
}

const NAMES: Record<string, string> = {
  VN: 'Vietnam',
  AZ: 'Azerbaijan',
  ZA: 'South Africa',
  UN: 'United Nations',
  UNODC: 'United Nations Office on Drugs and Crime',
  DZ: 'Algeria',
  AX: 'Åland Islands',
};

function nameOf(code: string): string {
  return NAMES[code] ?? code;
}

test('lanes by type are the types present, in their fixed order', () => {
  const lanes = toLanes(
    [
      event('bilateral-meeting', ['VN', 'AZ']),
      event('ceremony', ['VN', 'UN']),
      event('adoption', ['UN']),
      event('ceremony', ['DZ', 'UN']),
    ].map((subject) => laneOf(subject, 'type')),
    'type',
    laneNamer('type', englishT, nameOf),
  );
  expect(lanes.map(({ id, label }) => ({ id, label }))).toEqual([
    { id: 'adoption', label: 'UN adoption' },
    { id: 'ceremony', label: 'Ceremonies' },
    { id: 'bilateral-meeting', label: 'Bilateral meetings' },
  ]);
  const orders = lanes.map((lane) => lane.order);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
  expect(new Set(orders).size).toBe(orders.length);
});

test('every type has its own lane when all are present', () => {
  const lanes = toLanes(
    [
      event('state-visit', ['AZ', 'VN']),
      event('bilateral-meeting', ['VN', 'AZ']),
      event('agreement', ['AZ', 'VN']),
      event('adoption', ['UN']),
      event('ceremony', ['VN', 'UN']),
    ].map((subject) => laneOf(subject, 'type')),
    'type',
    laneNamer('type', englishT, nameOf),
  );
  expect(lanes.map((lane) => lane.id)).toEqual([
    'adoption',
    'state-visit',
    'agreement',
    'ceremony',
    'bilateral-meeting',
  ]);
});

test('no events, no lanes', () => {
  expect(toLanes([], 'type', nameOf)).toEqual([]);
  expect(toLanes([], 'counterpart', nameOf)).toEqual([]);
});

test.each([
  { parties: ['VN', 'AZ'], counterpart: 'AZ' },
  { parties: ['AZ', 'VN'], counterpart: 'AZ' },
  { parties: ['VN', 'UN', 'UNODC', 'LA'], counterpart: 'UN' },
  { parties: ['DZ', 'UN'], counterpart: 'DZ' },
  { parties: ['UN'], counterpart: 'UN' },
  { parties: ['VN'], counterpart: 'VN' },
  { parties: ['VN', 'VN'], counterpart: 'VN' },
])(
  'the counterpart of $parties is $counterpart',
  ({ parties, counterpart }) => {
    const subject = event('agreement', parties);
    expect(counterpartOf(subject.parties)).toBe(counterpart);
    expect(laneOf(subject, 'counterpart')).toBe(counterpart);
    expect(laneOf(subject, 'type')).toBe('agreement');
  },
);

test('lanes by country are the counterparts, once each, sorted by name', () => {
  const lanes = toLanes(
    [
      event('bilateral-meeting', ['VN', 'ZA']),
      event('state-visit', ['AZ', 'VN']),
      event('agreement', ['VN', 'AZ']),
      event('ceremony', ['VN']),
      event('adoption', ['UN']),
      event('ceremony', ['DZ', 'UN']),
      event('bilateral-meeting', ['VN', 'AX']),
    ].map((subject) => laneOf(subject, 'counterpart')),
    'counterpart',
    nameOf,
  );
  expect(lanes).toEqual([
    { id: 'AX', label: 'Åland Islands', order: 0 },
    { id: 'DZ', label: 'Algeria', order: 1 },
    { id: 'AZ', label: 'Azerbaijan', order: 2 },
    { id: 'ZA', label: 'South Africa', order: 3 },
    { id: 'UN', label: 'United Nations', order: 4 },
    { id: 'VN', label: 'Vietnam', order: 5 },
  ]);
});

test('each item goes in its counterpart’s lane when lanes are by country', () => {
  const items = toTimelineItems(realEvents, 'counterpart');
  expect(items).toHaveLength(realEvents.length);
  const groups = Object.fromEntries(items.map((item) => [item.id, item.group]));
  // The week of the signing, as it was before the signatures came.
  expect(groups).toMatchObject({
    'unga-adoption-2024-12-24': 'UN',
    'mps-az-baku-agreements-2025-05': 'AZ',
    'baku-state-visit-2025-05-07': 'AZ',
    'vn-az-documents-2025-05-07': 'AZ',
    'vn-az-strategic-partnership-2025-05-07': 'AZ',
    'ramaphosa-state-visit-2025-10-23': 'ZA',
    'algeria-signs-2025-10-25': 'DZ',
    'quang-unodc-2025-10-25': 'UNODC',
    'hanoi-convention-opening-2025-10-25': 'UN',
    'hanoi-convention-day2-2025-10-26': 'UN',
    'quang-algeria-2025-10-26': 'DZ',
    'quang-azerbaijan-2025-10-26': 'AZ',
    'quang-ericsson-2025-10-26': 'ERICSSON',
    'quang-iran-2025-10-26': 'IR',
    'quang-mozambique-2025-10-26': 'MZ',
    'quang-southafrica-2025-10-26': 'ZA',
    'quang-poland-2025-10-27': 'PL',
  });
  // A signature is in its signatory's lane; Vietnam's own is in Vietnam's.
  expect(groups).toMatchObject({
    'signature-br-2025-10-25': 'BR',
    'signature-eu-2025-10-25': 'EU',
    'signature-vn-2025-10-25': 'VN',
    'azerbaijan-parliament-approves-2026-02-10': 'AZ',
    'new-york-reception-2025-11-17': 'AT',
  });
  for (const subject of realEvents) {
    expect(groups[subject.id], subject.id).toBe(counterpartOf(subject.parties));
  }
  const laneIds = toLanes(
    realEvents.map((subject) => laneOf(subject, 'counterpart')),
    'counterpart',
    nameOf,
  ).map((lane) => lane.id);
  expect(new Set(items.map((item) => item.group))).toEqual(new Set(laneIds));
});

test('by type, each item goes in its type’s lane', () => {
  const items = toTimelineItems(realEvents, 'type');
  for (const item of items) {
    expect(item.group).toBe(item.type);
  }
  expect(toTimelineItems(realEvents).map((item) => item.group)).toEqual(
    items.map((item) => item.group),
  );
});
