import { expect, test } from 'vitest';

import {
  checkCursorInRange,
  decodeCursor,
  encodeCursor,
  parseEventParams,
  type EventQuery,
} from '../../mocks/api/event-params';
import { eventQuery } from '../fakes/queries';

const DEFAULTS = eventQuery();

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function parse(query: string): EventQuery {
  const result = parseEventParams(new URLSearchParams(query));
  if (!result.ok) throw new Error(result.error.error.message);
  return result.params;
}

test('no parameters give the defaults', () => {
  expect(parse('')).toEqual(DEFAULTS);
});

test('repeatable parameters take one value per occurrence', () => {
  expect(
    parse(
      'party=AZ&party=VN&type=adoption&type=ceremony&verification=disputed',
    ),
  ).toEqual({
    ...DEFAULTS,
    party: ['AZ', 'VN'],
    type: ['adoption', 'ceremony'],
    verification: ['disputed'],
  });
});

test('a repeated value counts once', () => {
  expect(parse('party=AZ&party=AZ&type=agreement&type=agreement')).toEqual({
    ...DEFAULTS,
    party: ['AZ'],
    type: ['agreement'],
  });
});

test.each(['XX', 'az', 'AZ,VN'])(
  'an unknown party code %s is not an error',
  (code) => {
    expect(parse(`party=${encodeURIComponent(code)}`).party).toEqual([code]);
  },
);

test('unknown parameter names are ignored', () => {
  expect(parse('page=2&sort=title&foo=')).toEqual(DEFAULTS);
});

test.each([
  { value: '2025-10-26', bound: { kind: 'day', day: '2025-10-26' } },
  {
    value: '2025-10-26T09:00:00+07:00',
    bound: {
      kind: 'instant',
      day: '2025-10-26',
      instant: Date.parse('2025-10-26T02:00:00Z'),
    },
  },
  {
    value: '2025-10-26T09:00+07:00',
    bound: {
      kind: 'instant',
      day: '2025-10-26',
      instant: Date.parse('2025-10-26T02:00:00Z'),
    },
  },
  {
    value: '2025-10-25T22:30:00Z',
    bound: {
      kind: 'instant',
      day: '2025-10-25',
      instant: Date.parse('2025-10-25T22:30:00Z'),
    },
  },
  {
    value: '2025-10-25T22:30:00.250Z',
    bound: {
      kind: 'instant',
      day: '2025-10-25',
      instant: Date.parse('2025-10-25T22:30:00.250Z'),
    },
  },
  {
    value: '2025-10-25T19:30:00-03:00',
    bound: {
      kind: 'instant',
      day: '2025-10-25',
      instant: Date.parse('2025-10-25T22:30:00Z'),
    },
  },
])('from and to accept $value', ({ value, bound }) => {
  const encoded = encodeURIComponent(value);
  expect(parse(`from=${encoded}`).from).toEqual(bound);
  expect(parse(`to=${encoded}`).to).toEqual(bound);
});

test.each([
  'from=2025-10-26&to=2025-10-26',
  'from=2025-10-26T09:00:00%2B07:00&to=2025-10-26T02:00:00Z',
  'from=2025-10-26&to=2025-10-26T00:00:00%2B07:00',
  'from=2025-10-26T23:00:00%2B07:00&to=2025-10-26',
])('an empty but not inverted range is accepted: %s', (query) => {
  expect(parseEventParams(new URLSearchParams(query)).ok).toBe(true);
});

test('q is kept, trimmed', () => {
  expect(parse('q=%20L%C6%AF%C6%A0NG%20quang%20').q).toBe('LƯƠNG quang');
});

test.each([
  ['1', 1],
  ['500', 500],
  ['1000', 1000],
])('limit %s is accepted', (value, limit) => {
  expect(parse(`limit=${value}`).limit).toBe(limit);
});

test.each([1, 2, 500, 123456])('cursor of offset %i round-trips', (offset) => {
  const cursor = encodeCursor(offset);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor(cursor)).toBe(offset);
  expect(parse(`cursor=${cursor}`).offset).toBe(offset);
});

test.each([
  // Unknown enum values and empty values.
  { query: 'type=meeting', parameter: 'type', names: 'meeting' },
  { query: 'type=Adoption', parameter: 'type', names: 'Adoption' },
  { query: 'verification=maybe', parameter: 'verification', names: 'maybe' },
  { query: 'party=', parameter: 'party', names: 'empty' },
  { query: 'type=', parameter: 'type', names: 'empty' },
  { query: 'verification=', parameter: 'verification', names: 'empty' },
  { query: 'from=', parameter: 'from', names: 'empty' },
  { query: 'to=', parameter: 'to', names: 'empty' },
  { query: 'q=', parameter: 'q', names: 'empty' },
  { query: 'q=%20%20', parameter: 'q', names: 'empty' },
  { query: 'limit=', parameter: 'limit', names: 'empty' },
  { query: 'cursor=', parameter: 'cursor', names: 'empty' },
  // Malformed dates.
  { query: 'from=2025-13-01', parameter: 'from', names: '2025-13-01' },
  { query: 'from=2025-02-29', parameter: 'from', names: '2025-02-29' },
  { query: 'to=26/10/2025', parameter: 'to', names: '26/10/2025' },
  { query: 'to=yesterday', parameter: 'to', names: 'yesterday' },
  { query: 'from=2025-05', parameter: 'from', names: '2025-05' },
  { query: 'from=2025-10-26T25:00Z', parameter: 'from', names: '25:00' },
  { query: 'to=2025-10-26 09:00Z', parameter: 'to', names: '09:00' },
  // A date-time must name an instant.
  { query: 'from=2025-10-26T09:00:00', parameter: 'from', names: 'offset' },
  { query: 'to=2025-10-26T09:00', parameter: 'to', names: 'offset' },
  // An inverted range names from.
  { query: 'from=2025-10-27&to=2025-10-26', parameter: 'from', names: 'after' },
  {
    query: 'from=2025-10-26T02:00:01Z&to=2025-10-26T09:00:00%2B07:00',
    parameter: 'from',
    names: 'after',
  },
  {
    query: 'from=2025-10-27T00:00:00%2B07:00&to=2025-10-26',
    parameter: 'from',
    names: 'after',
  },
  // Limits.
  { query: 'limit=0', parameter: 'limit', names: '"0"' },
  { query: 'limit=1001', parameter: 'limit', names: '1001' },
  { query: 'limit=-1', parameter: 'limit', names: '-1' },
  { query: 'limit=1.5', parameter: 'limit', names: '1.5' },
  { query: 'limit=1e2', parameter: 'limit', names: '1e2' },
  { query: 'limit=ten', parameter: 'limit', names: 'ten' },
  // Cursors this API never issued.
  { query: 'cursor=abc', parameter: 'cursor', names: 'abc' },
  { query: 'cursor=o:10', parameter: 'cursor', names: 'o:10' },
  { query: 'cursor=bzoxMA==', parameter: 'cursor', names: 'bzoxMA==' },
  { query: `cursor=${base64url('o:0')}`, parameter: 'cursor', names: 'issued' },
  {
    query: `cursor=${base64url('o:-5')}`,
    parameter: 'cursor',
    names: 'issued',
  },
  {
    query: `cursor=${base64url('o:05')}`,
    parameter: 'cursor',
    names: 'issued',
  },
  { query: `cursor=${base64url('x:5')}`, parameter: 'cursor', names: 'issued' },
  // Single-valued parameters given twice.
  { query: 'from=2025-01-01&from=2025-01-01', parameter: 'from', names: '2' },
  { query: 'to=2025-01-01&to=2025-02-01', parameter: 'to', names: '2' },
  { query: 'q=a&q=b', parameter: 'q', names: '2' },
  { query: 'limit=1&limit=2', parameter: 'limit', names: '2' },
  {
    query: `cursor=${encodeCursor(5)}&cursor=${encodeCursor(5)}`,
    parameter: 'cursor',
    names: '2',
  },
])('$query is invalid ($parameter)', ({ query, parameter, names }) => {
  const result = parseEventParams(new URLSearchParams(query));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.error).toMatchObject({
    code: 'invalid_parameter',
    parameter,
  });
  expect(result.error.error.message).toContain(names);
  expect(result.error.error.message).toMatch(/^[a-z].*\.$/);
});

test('a very long value is cut short in the message', () => {
  const result = parseEventParams(
    new URLSearchParams({ cursor: 'x'.repeat(5000) }),
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.error.message.length).toBeLessThan(200);
});

test.each([
  { offset: 0, total: 0, valid: true },
  { offset: 0, total: 17, valid: true },
  { offset: 16, total: 17, valid: true },
  { offset: 17, total: 17, valid: false },
  { offset: 500, total: 17, valid: false },
])(
  'a cursor at offset $offset of $total is in range: $valid',
  ({ offset, total, valid }) => {
    const error = checkCursorInRange({ ...DEFAULTS, offset }, total);
    expect(error === null).toBe(valid);
    if (error) expect(error.error.parameter).toBe('cursor');
  },
);
