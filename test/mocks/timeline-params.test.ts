import { expect, test } from 'vitest';

import {
  parseTimelineParams,
  type TimelineQuery,
} from '../../mocks/api/timeline-params';
import { timelineQuery } from '../fakes/queries';

const DEFAULTS = timelineQuery();

function parse(query: string): TimelineQuery {
  const result = parseTimelineParams(new URLSearchParams(query));
  if (!result.ok) throw new Error(result.error.error.message);
  return result.value;
}

test('no parameters give the defaults: the whole span, by type', () => {
  expect(parse('')).toEqual(DEFAULTS);
});

test('the filters of /api/events apply', () => {
  expect(
    parse(
      'party=AZ&party=LA&type=agreement&verification=verified&from=2025-05-01&to=2025-10-26T09:00:00Z&q=%20baku%20',
    ),
  ).toEqual({
    ...DEFAULTS,
    party: ['AZ', 'LA'],
    type: ['agreement'],
    verification: ['verified'],
    from: { kind: 'day', day: '2025-05-01' },
    to: {
      kind: 'instant',
      day: '2025-10-26',
      instant: Date.parse('2025-10-26T09:00:00Z'),
    },
    q: 'baku',
  });
});

test('unknown parameter names are ignored', () => {
  expect(parse('limit=3&cursor=x&zoom=2')).toEqual(DEFAULTS);
});

test.each([
  {
    query: 'start=2025-10-25T00:00:00%2B07:00&end=2025-10-27T00:00:00%2B07:00',
    window: {
      start: Date.parse('2025-10-24T17:00:00Z'),
      end: Date.parse('2025-10-26T17:00:00Z'),
    },
  },
  {
    query: 'start=2025-10-25T22:30Z&end=2025-10-25T22:30:00.001Z',
    window: {
      start: Date.parse('2025-10-25T22:30:00Z'),
      end: Date.parse('2025-10-25T22:30:00.001Z'),
    },
  },
  {
    query: 'start=2025-10-25T19:30:00-03:00&end=2026-01-01T00:00:00Z',
    window: {
      start: Date.parse('2025-10-25T22:30:00Z'),
      end: Date.parse('2026-01-01T00:00:00Z'),
    },
  },
])('start and end make the window: $query', ({ query, window }) => {
  expect(parse(query).window).toEqual(window);
});

test.each([
  ['max=1', { max: 1 }],
  ['max=1000', { max: 1000 }],
  ['buckets=1', { buckets: 1 }],
  ['buckets=1000', { buckets: 1000 }],
  ['lane=type', { lane: 'type' }],
  ['lane=counterpart', { lane: 'counterpart' }],
  ['lane=counterpart&focal=AZ', { lane: 'counterpart', focal: 'AZ' }],
  ['focal=UNODC', { focal: 'UNODC' }],
])('%s is accepted', (query, expected) => {
  expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
});

const START = 'start=2025-10-25T00:00:00Z';
const END = 'end=2025-10-26T00:00:00Z';

test.each([
  // The filters, checked as for /api/events.
  { query: 'type=meeting', parameter: 'type', names: 'meeting' },
  { query: 'verification=maybe', parameter: 'verification', names: 'maybe' },
  { query: 'party=', parameter: 'party', names: 'empty' },
  { query: 'from=2025-02-30', parameter: 'from', names: '2025-02-30' },
  { query: 'to=2025-10-26T09:00', parameter: 'to', names: 'offset' },
  { query: 'from=2025-10-27&to=2025-10-26', parameter: 'from', names: 'after' },
  { query: 'q=%20', parameter: 'q', names: 'empty' },
  // The window: both edges, each an instant, start before end.
  { query: START, parameter: 'end', names: 'missing' },
  { query: END, parameter: 'start', names: 'missing' },
  { query: `start=&${END}`, parameter: 'start', names: 'empty' },
  { query: `${START}&end=`, parameter: 'end', names: 'empty' },
  { query: `start=2025-10-25&${END}`, parameter: 'start', names: '2025-10-25' },
  { query: `${START}&end=2025-10`, parameter: 'end', names: '2025-10' },
  {
    query: `start=2025-10-25T00:00:00&${END}`,
    parameter: 'start',
    names: 'offset',
  },
  { query: `${START}&end=tomorrow`, parameter: 'end', names: 'tomorrow' },
  {
    query: `start=2025-10-25T24:00Z&${END}`,
    parameter: 'start',
    names: '24:00',
  },
  {
    query: 'start=2025-10-26T00:00:00Z&end=2025-10-26T00:00:00Z',
    parameter: 'start',
    names: 'before',
  },
  {
    query: 'start=2025-10-26T07:00:00%2B07:00&end=2025-10-26T00:00:00Z',
    parameter: 'start',
    names: 'before',
  },
  {
    query: `${START}&start=2025-10-24T00:00:00Z&${END}`,
    parameter: 'start',
    names: '2',
  },
  { query: `${START}&${END}&${END}`, parameter: 'end', names: '2' },
  // Sizes: whole numbers from 1 to 1000.
  { query: 'max=0', parameter: 'max', names: '"0"' },
  { query: 'max=1001', parameter: 'max', names: '1001' },
  { query: 'max=-5', parameter: 'max', names: '-5' },
  { query: 'max=2.5', parameter: 'max', names: '2.5' },
  { query: 'max=lots', parameter: 'max', names: 'lots' },
  { query: 'max=', parameter: 'max', names: 'empty' },
  { query: 'max=10&max=20', parameter: 'max', names: '2' },
  { query: 'buckets=0', parameter: 'buckets', names: '"0"' },
  { query: 'buckets=1001', parameter: 'buckets', names: '1001' },
  { query: 'buckets=1e3', parameter: 'buckets', names: '1e3' },
  { query: 'buckets=', parameter: 'buckets', names: 'empty' },
  { query: 'buckets=5&buckets=5', parameter: 'buckets', names: '2' },
  // Lanes.
  { query: 'lane=party', parameter: 'lane', names: 'party' },
  { query: 'lane=Type', parameter: 'lane', names: 'Type' },
  { query: 'lane=', parameter: 'lane', names: 'empty' },
  { query: 'lane=type&lane=type', parameter: 'lane', names: '2' },
  { query: 'focal=', parameter: 'focal', names: 'empty' },
  { query: 'focal=VN&focal=AZ', parameter: 'focal', names: '2' },
])('$query is invalid ($parameter)', ({ query, parameter, names }) => {
  const result = parseTimelineParams(new URLSearchParams(query));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const { code, message, ...rest } = result.error.error;
  expect({ code, ...rest }).toEqual({ code: 'invalid_parameter', parameter });
  expect(message).toContain(names);
  expect(message).toMatch(/^[a-z].*\.$/);
});

test('a very long value is cut short in the message', () => {
  const result = parseTimelineParams(
    new URLSearchParams({ lane: 'x'.repeat(5000) }),
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.error.message.length).toBeLessThan(200);
});
