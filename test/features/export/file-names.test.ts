import { expect, test } from 'vitest';

import {
  eventFileName,
  exportFileName,
  filterSummary,
} from '@/features/export/file-names';

const NOW = new Date(2025, 10, 28, 9, 30);

test('an unfiltered export is named after all events and the local day', () => {
  expect(exportFileName({ limit: 500 }, NOW, 'csv')).toBe(
    'treaty-timeline-all-events-2025-11-28.csv',
  );
});

test('a filter summary lists the filters as ASCII words', () => {
  expect(
    filterSummary({
      party: ['AZ', 'VN'],
      type: ['state-visit'],
      from: '2025-05-01',
      q: 'Lương Đức / ../etc',
    }),
  ).toBe('az-vn-state-visit-from-2025-05-01-luong-duc-etc');
});

test('a long filter summary is cut without a trailing hyphen', () => {
  const summary = filterSummary({ q: 'word '.repeat(40) });
  expect(summary.length).toBeLessThanOrEqual(60);
  expect(summary).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('a one-event file is named after the event id', () => {
  expect(eventFileName('quang-azerbaijan-2025-10-26', 'ics')).toBe(
    'treaty-timeline-quang-azerbaijan-2025-10-26.ics',
  );
  expect(eventFileName('../../', 'ics')).toBe('treaty-timeline-event.ics');
});
