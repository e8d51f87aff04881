import { expect, test } from 'vitest';

import {
  activeFilterCount,
  hasActiveFilters,
  NO_FILTERS,
} from '@/domain/filters';

test('no filter, none on', () => {
  expect(activeFilterCount(NO_FILTERS)).toBe(0);
  expect(hasActiveFilters(NO_FILTERS)).toBe(false);
});

test('every value, date bound and search counts once', () => {
  const filters = {
    ...NO_FILTERS,
    party: ['AZ', 'VN'],
    type: ['signature' as const],
    verification: ['verified' as const],
    from: '2025-10-25',
    to: '2025-10-26',
    q: 'hanoi',
  };
  expect(activeFilterCount(filters)).toBe(7);
  expect(activeFilterCount({ ...filters, to: null, q: '' })).toBe(5);
  expect(hasActiveFilters({ ...NO_FILTERS, to: '2025-10-26' })).toBe(true);
});
