import { expect, test } from 'vitest';

import { type Filters, NO_FILTERS } from '@/domain/filters';
import { toFilterChips } from '@/features/filters/active-chips';

import { englishT } from '../../english';

const NAMES: Record<string, string> = {
  AZ: 'Azerbaijan',
  UNODC: 'United Nations Office on Drugs and Crime',
};

function nameOf(code: string): string {
  return NAMES[code] ?? `unknown ${code}`;
}

const EVERYTHING: Filters = {
  ...NO_FILTERS,
  party: ['AZ', 'UNODC'],
  type: ['agreement', 'bilateral-meeting'],
  verification: ['partly-verified'],
  from: '2025-05-01',
  to: '2025-10-31',
  q: 'Lương',
};

test('no filter, no chip', () => {
  expect(toFilterChips(NO_FILTERS, nameOf, englishT)).toEqual([]);
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

test('removing chips one by one ends with no filter', () => {
  let filters = EVERYTHING;
  let chips = toFilterChips(filters, nameOf, englishT);
  while (chips[0]) {
    filters = chips[0].without;
    chips = toFilterChips(filters, nameOf, englishT);
  }
  expect(filters).toEqual(NO_FILTERS);
});
