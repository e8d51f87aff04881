import { expect, test } from 'vitest';

import {
  activeFilterCount,
  DEFAULT_FILTERS,
  hasActiveFilters,
} from '@/domain/filters';

test('no filter is on by default, whatever the lanes, view or language', () => {
  const shown = { ...DEFAULT_FILTERS, lanes: 'country', view: 'list' } as const;
  expect(activeFilterCount(shown)).toBe(0);
  expect(hasActiveFilters({ ...shown, lang: 'vi' })).toBe(false);
});

test('every value, date bound and search counts once', () => {
  const filters = {
    ...DEFAULT_FILTERS,
    party: ['AZ', 'VN'],
    type: ['signature' as const],
    verification: ['verified' as const],
    from: '2025-10-25',
    to: '2025-10-26',
    q: 'hanoi',
  };
  expect(activeFilterCount(filters)).toBe(7);
  expect(activeFilterCount({ ...filters, to: null, q: '' })).toBe(5);
  expect(hasActiveFilters({ ...DEFAULT_FILTERS, to: '2025-10-26' })).toBe(true);
});
