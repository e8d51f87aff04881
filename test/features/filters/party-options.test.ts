import { expect, test } from 'vitest';

import type { Facet, PartyWithCount } from '@/domain/event';
import { toPartyOptions } from '@/features/filters/party-options';

const KNOWN: PartyWithCount[] = [
  { code: 'VN', name: 'Vietnam', kind: 'state', eventCount: 15 },
  { code: 'AZ', name: 'Azerbaijan', kind: 'state', eventCount: 5 },
  { code: 'CI', name: 'Côte d’Ivoire', kind: 'state', eventCount: 1 },
  { code: 'MZ', name: 'Mozambique', kind: 'state', eventCount: 1 },
  { code: 'UN', name: 'United Nations', kind: 'organization', eventCount: 4 },
  {
    code: 'UNODC',
    name: 'United Nations Office on Drugs and Crime',
    kind: 'organization',
    eventCount: 2,
  },
  { code: 'ERICSSON', name: 'Ericsson', kind: 'company', eventCount: 1 },
];

const PARTIES: ReadonlyMap<string, PartyWithCount> = new Map(
  KNOWN.map((party) => [party.code, party]),
);

// In the API's order: by count, not by name.
const FACETS: Facet[] = [
  { value: 'VN', count: 15 },
  { value: 'AZ', count: 5 },
  { value: 'UN', count: 4 },
  { value: 'UNODC', count: 2 },
  { value: 'CI', count: 1 },
  { value: 'ERICSSON', count: 1 },
  { value: 'MZ', count: 0 },
];

const names = (options: readonly { name: string }[]) =>
  options.map((option) => option.name);

test('states are listed apart from organisations and companies, each by name', () => {
  const { states, others } = toPartyOptions(FACETS, PARTIES, [], '', 'en-GB');
  expect(names(states)).toEqual([
    'Azerbaijan',
    'Côte d’Ivoire',
    'Mozambique',
    'Vietnam',
  ]);
  expect(names(others)).toEqual([
    'Ericsson',
    'United Nations',
    'United Nations Office on Drugs and Crime',
  ]);
  expect(others.map((option) => option.kind)).toEqual([
    'company',
    'organization',
    'organization',
  ]);
});

test('counts come from the facets, not from the parties list', () => {
  const facets: Facet[] = [
    { value: 'AZ', count: 2 },
    { value: 'VN', count: 7 },
    { value: 'UN', count: 0 },
  ];
  const { states, others } = toPartyOptions(facets, PARTIES, [], '', 'en-GB');
  expect(
    [...states, ...others].map(({ code, count }) => ({ code, count })),
  ).toEqual([
    { code: 'AZ', count: 2 },
    { code: 'VN', count: 7 },
    { code: 'UN', count: 0 },
  ]);
});

test.each([
  { query: 'cote', states: ['Côte d’Ivoire'], others: [] },
  { query: 'CÔTE D', states: ['Côte d’Ivoire'], others: [] },
  { query: 'viet', states: ['Vietnam'], others: [] },
  { query: 'VIỆT', states: ['Vietnam'], others: [] },
  { query: '  moz  ', states: ['Mozambique'], others: [] },
  { query: 'az', states: ['Azerbaijan'], others: [] },
  { query: 'mz', states: ['Mozambique'], others: [] },
  {
    query: 'unodc',
    states: [],
    others: ['United Nations Office on Drugs and Crime'],
  },
  {
    query: 'nations',
    states: [],
    others: ['United Nations', 'United Nations Office on Drugs and Crime'],
  },
  { query: 'eric', states: [], others: ['Ericsson'] },
  { query: 'atlantis', states: [], others: [] },
  {
    query: '',
    states: ['Azerbaijan', 'Côte d’Ivoire', 'Mozambique', 'Vietnam'],
    others: [
      'Ericsson',
      'United Nations',
      'United Nations Office on Drugs and Crime',
    ],
  },
])(
  'the type-ahead “$query” ignores accents and case, and matches codes',
  ({ query, states, others }) => {
    const options = toPartyOptions(FACETS, PARTIES, [], query, 'en-GB');
    expect(names(options.states)).toEqual(states);
    expect(names(options.others)).toEqual(others);
  },
);

test('a selected code absent from the facets is still offered, with no events', () => {
  const facets: Facet[] = [{ value: 'VN', count: 3 }];
  const { states, others } = toPartyOptions(
    facets,
    PARTIES,
    ['AZ', 'UN'],
    '',
    'en-GB',
  );
  expect(states).toEqual([
    {
      code: 'AZ',
      name: 'Azerbaijan',
      kind: 'state',
      count: 0,
      isSelected: true,
    },
    { code: 'VN', name: 'Vietnam', kind: 'state', count: 3, isSelected: false },
  ]);
  expect(others).toEqual([
    {
      code: 'UN',
      name: 'United Nations',
      kind: 'organization',
      count: 0,
      isSelected: true,
    },
  ]);
});

test('a selected code is listed once when the facets have it too', () => {
  const { states } = toPartyOptions(FACETS, PARTIES, ['AZ'], 'azer', 'en-GB');
  expect(states).toEqual([
    {
      code: 'AZ',
      name: 'Azerbaijan',
      kind: 'state',
      count: 5,
      isSelected: true,
    },
  ]);
});

test('a code the parties list does not know is named from its region code', () => {
  const facets: Facet[] = [{ value: 'FR', count: 1 }];
  const { states } = toPartyOptions(facets, PARTIES, [], 'france', 'en-GB');
  expect(states.map(({ code, name }) => ({ code, name }))).toEqual([
    { code: 'FR', name: 'France' },
  ]);
});

test('the chosen ones come first in their group, and are kept whatever is typed', () => {
  const { states, others } = toPartyOptions(
    FACETS,
    PARTIES,
    ['VN', 'ERICSSON'],
    'moz',
    'en-GB',
  );
  expect(names(states)).toEqual(['Vietnam', 'Mozambique']);
  expect(names(others)).toEqual(['Ericsson']);
  expect(states.map((option) => option.isSelected)).toEqual([true, false]);
});

test('the name shown comes from nameOf; the type-ahead also knows the API name', () => {
  const inVietnamese = (code: string) =>
    ({ VN: 'Việt Nam', AZ: 'Azerbaijan', UN: 'Liên Hợp Quốc' })[code] ?? code;
  const options = (query: string) =>
    toPartyOptions(FACETS, PARTIES, [], query, 'vi-VN', inVietnamese);
  expect(names(options('viet nam').states)).toEqual(['Việt Nam']);
  expect(names(options('vietnam').states)).toEqual(['Việt Nam']);
  // UNODC, which this nameOf does not name, is shown by its code.
  expect(names(options('united nations').others)).toEqual([
    'Liên Hợp Quốc',
    'UNODC',
  ]);
});
