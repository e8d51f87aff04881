import fc from 'fast-check';
import { expect, test } from 'vitest';

import { EVENT_TYPES, VERIFICATIONS } from '@/domain/event';
import { type Filters, MAX_QUERY_LENGTH, NO_FILTERS } from '@/domain/filters';
import { LANGUAGES } from '@/domain/language';
import {
  DEFAULT_VIEW_STATE,
  DROP_REASONS,
  type DroppedParam,
  LANE_MODES,
  parseViewState,
  serializeViewState,
  VIEW_MODES,
  type ViewState,
} from '@/domain/view-state';

/** A view state with its filters beside the rest, as most tests spell it. */
type FlatView = Filters & Omit<ViewState, 'filters'>;

const DEFAULT_FLAT: FlatView = {
  ...NO_FILTERS,
  window: DEFAULT_VIEW_STATE.window,
  lanes: DEFAULT_VIEW_STATE.lanes,
  view: DEFAULT_VIEW_STATE.view,
  lang: DEFAULT_VIEW_STATE.lang,
};

function nest(flat: FlatView): ViewState {
  const { party, type, verification, from, to, q, ...rest } = flat;
  return { ...rest, filters: { party, type, verification, from, to, q } };
}

function parseFlat(search: string): {
  view: FlatView;
  dropped: DroppedParam[];
} {
  const { state, dropped } = parseViewState(search);
  const { filters, ...rest } = state;
  return { view: { ...filters, ...rest }, dropped };
}

function serializeFlat(flat: FlatView): string {
  return serializeViewState(nest(flat));
}

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
  'window',
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

function expectValid(view: FlatView): void {
  expect(view.party.every((code) => PARTY_CODE.test(code))).toBe(true);
  expect(isUniqueSorted(view.party)).toBe(true);
  expect(view.type.every((type) => EVENT_TYPES.includes(type))).toBe(true);
  expect(isUniqueSorted(view.type)).toBe(true);
  expect(
    view.verification.every((state) => VERIFICATIONS.includes(state)),
  ).toBe(true);
  expect(isUniqueSorted(view.verification)).toBe(true);
  for (const day of [view.from, view.to]) {
    if (day !== null) expect(isRealCalendarDate(day)).toBe(true);
  }
  if (view.from !== null && view.to !== null) {
    expect(view.from <= view.to).toBe(true);
  }
  expect(view.q).toBe(view.q.trim());
  expect(view.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(LANE_MODES).toContain(view.lanes);
  expect(VIEW_MODES).toContain(view.view);
  if (view.lang !== null) expect(LANGUAGES).toContain(view.lang);
  if (view.window !== null) {
    expect(view.window.start).toBeLessThan(view.window.end);
    expect(view.window.start % MINUTE).toBe(0);
    expect(view.window.end % MINUTE).toBe(0);
  }
}

function expectReported(dropped: readonly DroppedParam[]): void {
  for (const param of dropped) {
    expect(KNOWN_KEYS).toContain(param.parameter);
    expect(DROP_REASONS).toContain(param.reason);
  }
}

const MINUTE = 60_000;

/** Windows as the URL holds them: to the minute, years 1000–9999. */
const timeWindow = fc
  .tuple(
    fc.integer({
      min: Date.UTC(1000, 0, 1) / MINUTE,
      max: Date.UTC(9999, 11, 31) / MINUTE,
    }),
    fc.integer({ min: 1, max: 100 * 366 * 24 * 60 }),
  )
  .map(([start, length]) => ({
    start: start * MINUTE,
    end: Math.min(start + length, Date.UTC(9999, 11, 31) / MINUTE + 1) * MINUTE,
  }));

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

const validViews: fc.Arbitrary<FlatView> = fc
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
    window: fc.option(timeWindow, { nil: null }),
  })
  .map(({ range, ...rest }) => ({ ...DEFAULT_FLAT, ...rest, ...range }));

test('every valid view survives a trip through the URL unchanged', () => {
  fc.assert(
    fc.property(validViews, (view) => {
      expect(parseFlat(serializeFlat(view))).toEqual({
        view,
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
    '2025-10-20T06:00Z/2025-10-30T00:00Z',
    '2025-10-30T00:00Z/2025-10-20T06:00Z',
    '2025-10-20T06:00Z/2025-10-20T06:00Z',
    '2025-02-30T00:00Z/2025-03-02T00:00Z',
    '2025-10-20T06:00:00.000Z/2025-10-30T00:00Z',
    '2025-10-20/2025-10-30',
    '2025-10-20T06:00Z',
    '/',
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
        const parsed = parseFlat(input);
        expectValid(parsed.view);
        expectReported(parsed.dropped);
        expect(parseFlat(serializeFlat(parsed.view))).toEqual({
          view: parsed.view,
          dropped: [],
        });
      }),
      { numRuns: 300 },
    );
  },
);

test('the “list” view survives a trip through the URL', () => {
  const view: FlatView = { ...DEFAULT_FLAT, party: ['AZ'], view: 'list' };
  expect(serializeFlat(view)).toBe('?party=AZ&view=list');
  expect(parseFlat(serializeFlat(view))).toEqual({
    view,
    dropped: [],
  });
});

test('the default view serialises to an empty search, and back', () => {
  expect(serializeFlat(DEFAULT_FLAT)).toBe('');
  expect(serializeFlat({ ...DEFAULT_FLAT, lanes: 'type' })).toBe('');
  expect(parseFlat('')).toEqual({ view: DEFAULT_FLAT, dropped: [] });
  expect(parseFlat('?')).toEqual({ view: DEFAULT_FLAT, dropped: [] });
});

test('repeated values are sorted and de-duplicated', () => {
  const parsed = parseFlat('?type=ceremony&type=adoption&type=ceremony');
  expect(parsed).toEqual({
    view: { ...DEFAULT_FLAT, type: ['adoption', 'ceremony'] },
    dropped: [],
  });
  expect(serializeFlat(parsed.view)).toBe('?type=adoption&type=ceremony');
  expect(
    serializeFlat({
      ...DEFAULT_FLAT,
      verification: ['verified', 'disputed', 'verified'],
    }),
  ).toBe('?verification=disputed&verification=verified');
});

test('lower-case party codes are upper-cased', () => {
  const parsed = parseFlat('?party=vn&party=az&party=Unodc&party=AZ');
  expect(parsed).toEqual({
    view: { ...DEFAULT_FLAT, party: ['AZ', 'UNODC', 'VN'] },
    dropped: [],
  });
  expect(serializeFlat(parsed.view)).toBe('?party=AZ&party=UNODC&party=VN');
});

test('a search with unicode and URL syntax in it keeps every character', () => {
  const view: FlatView = { ...DEFAULT_FLAT, q: 'Lương & Cường = #1 + 2%' };
  expect(parseFlat(serializeFlat(view))).toEqual({
    view,
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
  const { view, dropped } = parseFlat(example.search);
  expect(view).toEqual({ ...DEFAULT_FLAT, ...example.kept });
  expect(dropped.map(({ parameter, value }) => ({ parameter, value }))).toEqual(
    example.dropped,
  );
  expectReported(dropped);
});

test('a date range that ends before it starts drops both ends', () => {
  const { view, dropped } = parseFlat(
    '?from=2025-06-01&to=2025-05-01&party=AZ',
  );
  expect(view).toEqual({ ...DEFAULT_FLAT, party: ['AZ'] });
  expect(dropped.length).toBeGreaterThan(0);
  for (const param of dropped)
    expect(['from', 'to']).toContain(param.parameter);
  const said = dropped.map((param) => param.value).join(' ');
  expect(said).toContain('2025-06-01');
  expect(said).toContain('2025-05-01');
  expectReported(dropped);
});

test('a one-day range is kept', () => {
  expect(parseFlat('?from=2025-05-07&to=2025-05-07')).toEqual({
    view: { ...DEFAULT_FLAT, from: '2025-05-07', to: '2025-05-07' },
    dropped: [],
  });
});

test('a search over the length limit is dropped; one at the limit is kept', () => {
  const atLimit = 'a'.repeat(MAX_QUERY_LENGTH);
  expect(parseFlat(`?q=${atLimit}`)).toEqual({
    view: { ...DEFAULT_FLAT, q: atLimit },
    dropped: [],
  });
  const { view, dropped } = parseFlat(`?q=${atLimit}b`);
  expect(view).toEqual(DEFAULT_FLAT);
  expect(dropped.map((param) => param.parameter)).toEqual(['q']);
  expectReported(dropped);
});

test.each([
  ['from', '2025-05-01', '2025-05-02'],
  ['to', '2025-05-31', '2025-06-30'],
  ['q', 'luong', 'quang'],
  ['lanes', 'counterpart', 'type'],
  ['view', 'list', 'timeline'],
  ['lang', 'vi', 'hi'],
])(
  'a %s given twice keeps the first and reports the second',
  (name, first, second) => {
    const search = new URLSearchParams([
      [name, first],
      [name, second],
    ]);
    const { view, dropped } = parseFlat(`?${search.toString()}`);
    expect(view).toEqual({ ...DEFAULT_FLAT, [name]: first });
    expect(
      dropped.map(({ parameter, value }) => ({ parameter, value })),
    ).toEqual([{ parameter: name, value: second }]);
    expectReported(dropped);
  },
);

test('a chosen language is kept in the URL; none chosen leaves it out', () => {
  expect(serializeFlat({ ...DEFAULT_FLAT, lang: 'vi' })).toBe('?lang=vi');
  expect(serializeFlat(DEFAULT_FLAT)).toBe('');
  expect(parseFlat('?lang=hi').view).toEqual({
    ...DEFAULT_FLAT,
    lang: 'hi',
  });
});

test('the window joins the URL to the minute, readably, and reads back', () => {
  const window = {
    start: Date.UTC(2025, 9, 20, 6, 0, 29),
    end: Date.UTC(2025, 9, 30, 23, 59, 31),
  };
  const search = serializeFlat({ ...DEFAULT_FLAT, party: ['AZ'], window });
  expect(search).toBe('?party=AZ&window=2025-10-20T06:00Z/2025-10-31T00:00Z');
  expect(parseFlat(search)).toEqual({
    view: {
      ...DEFAULT_FLAT,
      party: ['AZ'],
      window: { start: Date.UTC(2025, 9, 20, 6), end: Date.UTC(2025, 9, 31) },
    },
    dropped: [],
  });
  // A window under a minute still has an end after its start.
  const blink = {
    start: Date.UTC(2025, 9, 25, 2),
    end: Date.UTC(2025, 9, 25, 2) + 1,
  };
  expect(
    parseFlat(serializeFlat({ ...DEFAULT_FLAT, window: blink })).view.window,
  ).toEqual({
    start: blink.start,
    end: blink.start + MINUTE,
  });
});

test.each([
  ['its end before its start', '2025-10-30T00:00Z/2025-10-20T06:00Z'],
  ['no length', '2025-10-20T06:00Z/2025-10-20T06:00Z'],
  ['a 30 February', '2025-02-30T00:00Z/2025-03-02T00:00Z'],
  ['seconds', '2025-10-20T06:00:00Z/2025-10-30T00:00Z'],
  ['days only', '2025-10-20/2025-10-30'],
  ['one edge', '2025-10-20T06:00Z'],
  ['three edges', '2025-10-20T06:00Z/2025-10-21T06:00Z/2025-10-22T06:00Z'],
  ['a local time', '2025-10-20T06:00/2025-10-30T00:00'],
])(
  'a window with %s is dropped with the notice, the rest kept',
  (_kind, value) => {
    const { view, dropped } = parseFlat(
      `?party=AZ&window=${encodeURIComponent(value)}`,
    );
    expect(view).toEqual({ ...DEFAULT_FLAT, party: ['AZ'] });
    expect(dropped).toEqual([
      { parameter: 'window', value, reason: 'not-a-window' },
    ]);
  },
);
