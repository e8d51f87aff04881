import fc from 'fast-check';
import { expect, test } from 'vitest';

import { EVENT_TYPES, VERIFICATIONS } from '@/domain/event';
import {
  DEFAULT_FILTERS,
  type Filters,
  LANE_MODES,
  MAX_QUERY_LENGTH,
  VIEW_MODES,
} from '@/domain/filters';
import { LANGUAGES } from '@/domain/language';
import {
  DROP_REASONS,
  type DroppedParam,
  parseFilters,
  serializeFilters,
} from '@/features/filters/filters-url';

const PARTY_CODE = /^[A-Z][A-Z0-9-]{1,31}$/;
const KNOWN_KEYS: readonly string[] = [
  'party',
  'type',
  'verification',
  'from',
  'to',
  'q',
  'lanes',
  'view',
  'lang',
];

/** Independent of the code under test: JS Date's proleptic Gregorian calendar. */
function isRealCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

function isUniqueSorted(values: readonly string[]): boolean {
  return values.every((value, index) => {
    const previous = values[index - 1];
    return previous === undefined || previous < value;
  });
}

function expectValid(filters: Filters): void {
  expect(filters.party.every((code) => PARTY_CODE.test(code))).toBe(true);
  expect(isUniqueSorted(filters.party)).toBe(true);
  expect(filters.type.every((type) => EVENT_TYPES.includes(type))).toBe(true);
  expect(isUniqueSorted(filters.type)).toBe(true);
  expect(
    filters.verification.every((state) => VERIFICATIONS.includes(state)),
  ).toBe(true);
  expect(isUniqueSorted(filters.verification)).toBe(true);
  for (const day of [filters.from, filters.to]) {
    if (day !== null) expect(isRealCalendarDate(day)).toBe(true);
  }
  if (filters.from !== null && filters.to !== null) {
    expect(filters.from <= filters.to).toBe(true);
  }
  expect(filters.q).toBe(filters.q.trim());
  expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(LANE_MODES).toContain(filters.lanes);
  expect(VIEW_MODES).toContain(filters.view);
  if (filters.lang !== null) expect(LANGUAGES).toContain(filters.lang);
}

function expectReported(dropped: readonly DroppedParam[]): void {
  for (const param of dropped) {
    expect(KNOWN_KEYS).toContain(param.parameter);
    expect(DROP_REASONS).toContain(param.reason);
  }
}

const sortedUnique = <T extends string>(values: readonly T[]): T[] =>
  [...new Set(values)].sort();

// Years 0001–9999: the dates an <input type="date"> can hold with 4 digits.
const calendarDate = fc.oneof(
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2024-02-29',
    '2000-02-29',
    '1900-02-28',
    '2025-05-07',
    '2025-12-31',
    '0001-01-01',
    '9999-12-31',
  ),
);

const dateRange = fc
  .tuple(
    fc.option(calendarDate, { nil: null }),
    fc.option(calendarDate, { nil: null }),
  )
  .map(([a, b]) =>
    a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b },
  );

const queryText = fc
  .oneof(
    fc.constantFrom(
      'Lương',
      'LƯƠNG Cường',
      'Lương & Cường = #1 + 2',
      'a=b&c=d',
      '100% #hash ?x',
      'Hà Nội  two  spaces',
      'đ/Đ; “quotes” ‘and’ — dashes',
      '🇻🇳 flag 👨‍👩‍👧 family',
      'x'.repeat(MAX_QUERY_LENGTH),
    ),
    fc.string({ maxLength: MAX_QUERY_LENGTH }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
  )
  .map((text) => text.trim())
  .filter((text) => text.length <= MAX_QUERY_LENGTH);

const validFilters: fc.Arbitrary<Filters> = fc
  .record({
    party: fc
      .uniqueArray(fc.stringMatching(PARTY_CODE), { maxLength: 6 })
      .map(sortedUnique),
    type: fc.subarray([...EVENT_TYPES]).map(sortedUnique),
    verification: fc.subarray([...VERIFICATIONS]).map(sortedUnique),
    range: dateRange,
    q: queryText,
    lanes: fc.constantFrom(...LANE_MODES),
    view: fc.constantFrom(...VIEW_MODES),
    lang: fc.constantFrom(null, ...LANGUAGES),
  })
  .map(({ range, ...rest }) => ({ ...DEFAULT_FILTERS, ...rest, ...range }));

test('every valid view survives a trip through the URL unchanged', () => {
  fc.assert(
    fc.property(validFilters, (filters) => {
      expect(parseFilters(serializeFilters(filters))).toEqual({
        filters,
        dropped: [],
      });
    }),
    { numRuns: 500 },
  );
});

const paramValue = fc.oneof(
  fc.constantFrom(
    ...EVENT_TYPES,
    ...VERIFICATIONS,
    ...LANE_MODES,
    ...VIEW_MODES,
    'AZ',
    'az',
    ' vn ',
    'UNODC',
    'A',
    'ſa',
    '2025-05-07',
    '2025-13-01',
    '2025-02-29',
    '2024-02-29',
    '0000-02-29',
    '2025-05',
    'yesterday',
    '',
    '  ',
    'Lương',
    '&',
    '=',
    '#',
    '+',
    '%',
    '%zz',
    '%E2%82',
    '\uD800',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(PARTY_CODE).map((code) => ` ${code.toLowerCase()} `),
  calendarDate,
  fc.string({ minLength: 195, maxLength: 210 }),
);

const paramKey = fc.constantFrom(...KNOWN_KEYS, 'PARTY', 'other', '');

const pairs = fc.array(fc.tuple(paramKey, paramValue), { maxLength: 12 });

const queryString = fc.oneof(
  // Built by hand, unencoded: stray &, = and % break it up as a browser would.
  fc
    .tuple(fc.boolean(), pairs)
    .map(
      ([mark, list]) =>
        `${mark ? '?' : ''}${list.map(([key, value]) => `${key}=${value}`).join('&')}`,
    ),
  // Properly encoded.
  pairs.map((list) => `?${new URLSearchParams(list).toString()}`),
);

test.each([
  ['fc.string()', fc.string()],
  ['full unicode graphemes', fc.string({ unit: 'grapheme' })],
  ['query strings of known keys', queryString],
])(
  'any %s parses to a valid view that is a fixed point of the URL',
  (_name, search) => {
    fc.assert(
      fc.property(search, (input) => {
        const parsed = parseFilters(input);
        expectValid(parsed.filters);
        expectReported(parsed.dropped);
        expect(parseFilters(serializeFilters(parsed.filters))).toEqual({
          filters: parsed.filters,
          dropped: [],
        });
      }),
      { numRuns: 300 },
    );
  },
);

test('the “list” view survives a trip through the URL', () => {
  const filters: Filters = { ...DEFAULT_FILTERS, party: ['AZ'], view: 'list' };
  expect(serializeFilters(filters)).toBe('?party=AZ&view=list');
  expect(parseFilters(serializeFilters(filters))).toEqual({
    filters,
    dropped: [],
  });
});

test('the default view serialises to an empty search, and back', () => {
  expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
  expect(serializeFilters({ ...DEFAULT_FILTERS, lanes: 'type' })).toBe('');
  expect(parseFilters('')).toEqual({ filters: DEFAULT_FILTERS, dropped: [] });
  expect(parseFilters('?')).toEqual({ filters: DEFAULT_FILTERS, dropped: [] });
});

test('repeated values are sorted and de-duplicated', () => {
  const parsed = parseFilters('?type=ceremony&type=adoption&type=ceremony');
  expect(parsed).toEqual({
    filters: { ...DEFAULT_FILTERS, type: ['adoption', 'ceremony'] },
    dropped: [],
  });
  expect(serializeFilters(parsed.filters)).toBe('?type=adoption&type=ceremony');
  expect(
    serializeFilters({
      ...DEFAULT_FILTERS,
      verification: ['verified', 'disputed', 'verified'],
    }),
  ).toBe('?verification=disputed&verification=verified');
});

test('lower-case party codes are upper-cased', () => {
  const parsed = parseFilters('?party=vn&party=az&party=Unodc&party=AZ');
  expect(parsed).toEqual({
    filters: { ...DEFAULT_FILTERS, party: ['AZ', 'UNODC', 'VN'] },
    dropped: [],
  });
  expect(serializeFilters(parsed.filters)).toBe(
    '?party=AZ&party=UNODC&party=VN',
  );
});

test('a search with unicode and URL syntax in it keeps every character', () => {
  const filters: Filters = { ...DEFAULT_FILTERS, q: 'Lương & Cường = #1 + 2%' };
  expect(parseFilters(serializeFilters(filters))).toEqual({
    filters,
    dropped: [],
  });
});

test.each([
  {
    kind: 'an unknown type',
    search: '?type=meeting&type=ceremony',
    kept: { type: ['ceremony'] },
    dropped: [{ parameter: 'type', value: 'meeting' }],
  },
  {
    kind: 'an unknown verification',
    search: '?verification=rumoured&verification=verified',
    kept: { verification: ['verified'] },
    dropped: [{ parameter: 'verification', value: 'rumoured' }],
  },
  {
    kind: 'a party code too short',
    search: '?party=A&party=AZ',
    kept: { party: ['AZ'] },
    dropped: [{ parameter: 'party', value: 'A' }],
  },
  {
    kind: 'a month 13',
    search: '?from=2025-13-01',
    kept: { from: null },
    dropped: [{ parameter: 'from', value: '2025-13-01' }],
  },
  {
    kind: 'a 30 February',
    search: '?to=2025-02-30',
    kept: { to: null },
    dropped: [{ parameter: 'to', value: '2025-02-30' }],
  },
  {
    kind: 'a word for a date',
    search: '?to=yesterday',
    kept: { to: null },
    dropped: [{ parameter: 'to', value: 'yesterday' }],
  },
  {
    kind: 'a month for a date',
    search: '?from=2025-05',
    kept: { from: null },
    dropped: [{ parameter: 'from', value: '2025-05' }],
  },
  {
    kind: 'an unknown lane mode',
    search: '?lanes=sideways',
    kept: {},
    dropped: [{ parameter: 'lanes', value: 'sideways' }],
  },
  {
    kind: 'an unknown view',
    search: '?view=gallery',
    kept: {},
    dropped: [{ parameter: 'view', value: 'gallery' }],
  },
  {
    kind: 'an unknown language',
    search: '?lang=xx&party=AZ',
    kept: { party: ['AZ'] },
    dropped: [{ parameter: 'lang', value: 'xx' }],
  },
  {
    kind: 'a language given as a locale',
    search: '?lang=vi-VN',
    kept: {},
    dropped: [{ parameter: 'lang', value: 'vi-VN' }],
  },
])('$kind is dropped with its parameter and a reason', (example) => {
  const { filters, dropped } = parseFilters(example.search);
  expect(filters).toEqual({ ...DEFAULT_FILTERS, ...example.kept });
  expect(dropped.map(({ parameter, value }) => ({ parameter, value }))).toEqual(
    example.dropped,
  );
  expectReported(dropped);
});

test('a date range that ends before it starts drops both ends', () => {
  const { filters, dropped } = parseFilters(
    '?from=2025-06-01&to=2025-05-01&party=AZ',
  );
  expect(filters).toEqual({ ...DEFAULT_FILTERS, party: ['AZ'] });
  expect(dropped.length).toBeGreaterThan(0);
  for (const param of dropped)
    expect(['from', 'to']).toContain(param.parameter);
  const said = dropped.map((param) => param.value).join(' ');
  expect(said).toContain('2025-06-01');
  expect(said).toContain('2025-05-01');
  expectReported(dropped);
});

test('a one-day range is kept', () => {
  expect(parseFilters('?from=2025-05-07&to=2025-05-07')).toEqual({
    filters: { ...DEFAULT_FILTERS, from: '2025-05-07', to: '2025-05-07' },
    dropped: [],
  });
});

test('a search over the length limit is dropped; one at the limit is kept', () => {
  const atLimit = 'a'.repeat(MAX_QUERY_LENGTH);
  expect(parseFilters(`?q=${atLimit}`)).toEqual({
    filters: { ...DEFAULT_FILTERS, q: atLimit },
    dropped: [],
  });
  const { filters, dropped } = parseFilters(`?q=${atLimit}b`);
  expect(filters).toEqual(DEFAULT_FILTERS);
  expect(dropped.map((param) => param.parameter)).toEqual(['q']);
  expectReported(dropped);
});

test.each([
  ['from', '2025-05-01', '2025-05-02'],
  ['to', '2025-05-31', '2025-06-30'],
  ['q', 'luong', 'quang'],
  ['lanes', 'country', 'type'],
  ['view', 'list', 'timeline'],
  ['lang', 'vi', 'hi'],
])(
  'a %s given twice keeps the first and reports the second',
  (name, first, second) => {
    const search = new URLSearchParams([
      [name, first],
      [name, second],
    ]);
    const { filters, dropped } = parseFilters(`?${search.toString()}`);
    expect(filters).toEqual({ ...DEFAULT_FILTERS, [name]: first });
    expect(
      dropped.map(({ parameter, value }) => ({ parameter, value })),
    ).toEqual([{ parameter: name, value: second }]);
    expectReported(dropped);
  },
);

test('a chosen language is kept in the URL; none chosen leaves it out', () => {
  expect(serializeFilters({ ...DEFAULT_FILTERS, lang: 'vi' })).toBe('?lang=vi');
  expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
  expect(parseFilters('?lang=hi').filters).toEqual({
    ...DEFAULT_FILTERS,
    lang: 'hi',
  });
});
