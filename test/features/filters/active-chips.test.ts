import { expect, test } from 'vitest';

import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';
import { clearFilters, toFilterChips } from '@/features/filters/active-chips';

import { englishT } from '../../english';

const NAMES: Record<string, string> = {
  AZ: 'Azerbaijan',
  UNODC: 'United Nations Office on Drugs and Crime',
};

function nameOf(code: string): string {
  return NAMES[code] ?? `unknown ${code}`;
}

const EVERYTHING: Filters = {
  ...DEFAULT_FILTERS,
  party: ['AZ', 'UNODC'],
  type: ['agreement', 'bilateral-meeting'],
  verification: ['partly-verified'],
  from: '2025-05-01',
  to: '2025-10-31',
  q: 'Lương',
  lanes: 'country',
  view: 'list',
  lang: 'vi',
};

test('no filter, no chip; how the events are shown is not a filter', () => {
  expect(toFilterChips(DEFAULT_FILTERS, nameOf, englishT)).toEqual([]);
  expect(
    toFilterChips(
      { ...DEFAULT_FILTERS, lanes: 'country', view: 'list' },
      nameOf,
      englishT,
    ),
  ).toEqual([]);
});

test('each active filter has one chip with a readable label', () => {
  expect(
    toFilterChips(EVERYTHING, nameOf, englishT).map((chip) => chip.label),
  ).toEqual([
    'Country: Azerbaijan',
    'Country: United Nations Office on Drugs and Crime',
    'Type: Agreement',
    'Type: Bilateral meeting',
    'Verification: Partly verified',
    'From 2025-05-01',
    'To 2025-10-31',
    'Search: “Lương”',
  ]);
});

test('chip keys are unique', () => {
  const keys = toFilterChips(EVERYTHING, nameOf, englishT).map(
    (chip) => chip.key,
  );
  expect(new Set(keys).size).toBe(keys.length);
});

test.each([
  ['Country: Azerbaijan', { party: ['UNODC'] }],
  ['Country: United Nations Office on Drugs and Crime', { party: ['AZ'] }],
  ['Type: Agreement', { type: ['bilateral-meeting'] }],
  ['Type: Bilateral meeting', { type: ['agreement'] }],
  ['Verification: Partly verified', { verification: [] }],
  ['From 2025-05-01', { from: null }],
  ['To 2025-10-31', { to: null }],
  ['Search: “Lương”', { q: '' }],
] satisfies [string, Partial<Filters>][])(
  'removing “%s” removes only that filter',
  (label, change) => {
    const chip = toFilterChips(EVERYTHING, nameOf, englishT).find(
      (candidate) => candidate.label === label,
    );
    expect(chip?.without).toEqual({ ...EVERYTHING, ...change });
    const left = toFilterChips(
      chip?.without ?? EVERYTHING,
      nameOf,
      englishT,
    ).map((candidate) => candidate.label);
    expect(left).toHaveLength(7);
    expect(left).not.toContain(label);
  },
);

test('removing chips one by one ends with no filter, the view untouched', () => {
  let filters = EVERYTHING;
  let chips = toFilterChips(filters, nameOf, englishT);
  while (chips[0]) {
    filters = chips[0].without;
    chips = toFilterChips(filters, nameOf, englishT);
  }
  expect(filters).toEqual(clearFilters(EVERYTHING));
});

test('clearing filters resets every filter and keeps the lanes, the view and the language', () => {
  expect(clearFilters(EVERYTHING)).toEqual({
    ...DEFAULT_FILTERS,
    lanes: 'country',
    view: 'list',
    lang: 'vi',
  });
  expect(
    clearFilters({
      ...EVERYTHING,
      lanes: 'type',
      view: 'timeline',
      lang: null,
    }),
  ).toEqual(DEFAULT_FILTERS);
  expect(toFilterChips(clearFilters(EVERYTHING), nameOf, englishT)).toEqual([]);
});
