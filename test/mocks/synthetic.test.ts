import { expect, test } from 'vitest';

import { eventDetailSchema } from '@/api/schemas';

import { createEventIndex } from '../../mocks/api/event-index';
import { queryEvents } from '../../mocks/api/query-events';
import { parseEventParams } from '../../mocks/api/event-params';
import { events } from '../../mocks/data/events';
import { EVENT_TYPES } from '../../src/domain/event';
import { syntheticEvents, syntheticParties } from '../../mocks/data/synthetic';

test('the same seed and count give the same synthetic events', () => {
  expect(syntheticEvents(200)).toEqual(syntheticEvents(200));
  expect(syntheticEvents(200, 1)).not.toEqual(syntheticEvents(200, 2));
});

test('synthetic events keep the contract and say what they are', () => {
  const generated = syntheticEvents(500);
  expect(new Set(generated.map((event) => event.id)).size).toBe(500);
  for (const event of generated) {
    expect(event.id).toMatch(/^synthetic-\d{6}$/);
    expect(event.title).toMatch(/^Synthetic /);
    expect(eventDetailSchema.safeParse(event).success).toBe(true);
  }
});

test('synthetic events spread over precisions, types and parties', () => {
  const generated = syntheticEvents(2000);
  const months = generated.filter((event) => /^\d{4}-\d{2}$/.test(event.start));
  const timed = generated.filter((event) => event.start.includes('T'));
  const ranges = generated.filter((event) => event.end !== null);
  for (const group of [months, timed, ranges]) {
    expect(group.length).toBeGreaterThan(20);
  }
  expect(new Set(generated.map((event) => event.type)).size).toBe(
    EVENT_TYPES.length,
  );
  const partyCodes = new Set(syntheticParties().map((party) => party.code));
  for (const event of generated) {
    expect(
      event.parties.every((code) => code === 'VN' || partyCodes.has(code)),
    ).toBe(true);
  }
});

test('synthetic events come in time order, over twelve years', () => {
  const months = syntheticEvents(2000).map((event) => event.start.slice(0, 7));
  expect(months).toEqual(months.toSorted());
  expect(months[0]?.slice(0, 4)).toBe('2015');
  expect(months.at(-1)?.slice(0, 4)).toBe('2026');
});

test('the API over real and synthetic events filters the whole set', () => {
  const index = createEventIndex([...events, ...syntheticEvents(5000)]);
  const parsed = parseEventParams(new URLSearchParams('party=AZ&limit=10'));
  if (!parsed.ok) throw new Error('valid parameters were refused');
  const page = queryEvents(index, parsed.params);
  expect(page.items).toHaveLength(10);
  expect(page.total).toBeGreaterThan(8);
  expect(page.items.every((event) => event.parties.includes('AZ'))).toBe(true);
});
