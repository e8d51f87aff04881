import { expect, test } from 'vitest';

import { type JsonExport, toJson } from '@/features/export/to-json';

import { EXPORT_EVENTS } from '../../fakes/export-events';

test('a JSON export parses back to the events and the filter', () => {
  const now = new Date('2025-11-28T12:00:00Z');
  const json = toJson(
    EXPORT_EVENTS,
    { party: ['VN'], q: 'lương', limit: 500, cursor: 'x' },
    now,
  );
  const parsed = JSON.parse(json) as JsonExport;
  expect(parsed).toEqual({
    exportedAt: '2025-11-28T12:00:00.000Z',
    filter: { party: ['VN'], q: 'lương' },
    total: EXPORT_EVENTS.length,
    items: EXPORT_EVENTS,
  });
});
