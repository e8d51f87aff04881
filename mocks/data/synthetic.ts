/**
 * Deterministic synthetic events for scale tests and benchmarks: the same
 * seed and count always give the same events, spread over years, parties,
 * types and date precisions like the real ones. Their ids start with
 * `synthetic-`, so they can never pass for real events.
 */
import {
  EVENT_TYPES,
  type EventDetail,
  type Party,
  VERIFICATIONS,
} from '../../src/domain/event';

const STATES = [
  'AR',
  'AU',
  'AZ',
  'BR',
  'CA',
  'CL',
  'CN',
  'CU',
  'DE',
  'DZ',
  'EG',
  'ES',
  'ET',
  'FR',
  'GB',
  'ID',
  'IN',
  'IR',
  'IT',
  'JP',
  'KE',
  'KH',
  'KR',
  'KZ',
  'LA',
  'MA',
  'MX',
  'MY',
  'MZ',
  'NG',
  'NL',
  'NZ',
  'PE',
  'PH',
  'PK',
  'PL',
  'PT',
  'QA',
  'RU',
  'SA',
  'SE',
  'SG',
  'TH',
  'TR',
  'UA',
  'US',
  'UY',
  'VE',
  'ZA',
  'ZM',
] as const;
const FOCAL = 'VN';
const FIRST_YEAR = 2015;
const YEARS = 12;
const ZONES = [
  'Asia/Ho_Chi_Minh',
  'Asia/Baku',
  'Europe/Paris',
  'America/New_York',
];

/** mulberry32: a small, fast, seeded PRNG; enough for spreading test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function pick<T>(values: readonly T[], random: () => number): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

const DAY_MS = 86_400_000;
const FIRST_DAY_MS = Date.UTC(FIRST_YEAR, 0, 1);
const SPAN_DAYS = Math.round(
  (Date.UTC(FIRST_YEAR + YEARS, 0, 1) - FIRST_DAY_MS) / DAY_MS,
);

/**
 * Each event's day (days from the first year's 1 January), drawn at random
 * and then put in order: events come in time order, as a feed's would, so
 * the API's index finds them sorted already.
 */
function eventDays(count: number, random: () => number): Int32Array {
  const days = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    days[index] = Math.floor(random() * SPAN_DAYS);
  }
  return days.sort();
}

/** `YYYY-MM-DD` of each day from the first year's 1 January, and a week past the last. */
const ISO_DAYS = Array.from({ length: SPAN_DAYS + 7 }, (_, day) =>
  new Date(FIRST_DAY_MS + day * DAY_MS).toISOString().slice(0, 10),
);

function isoDay(day: number): string {
  const date = ISO_DAYS[day];
  if (date === undefined) throw new Error(`day ${String(day)} is out of range`);
  return date;
}

/** Start and end `When`s on a day: mostly days, some timed, ranges and months. */
function dates(
  day: number,
  random: () => number,
): { start: string; end: string | null } {
  const date = isoDay(day);
  const roll = random();
  if (roll < 0.05) return { start: date.slice(0, 7), end: null };
  if (roll < 0.15) {
    return {
      start: `${date}T${pad(8 + Math.floor(random() * 10))}:00:00+07:00`,
      end: null,
    };
  }
  if (roll < 0.25) {
    return { start: date, end: isoDay(day + 1 + Math.floor(random() * 4)) };
  }
  return { start: date, end: null };
}

export function syntheticParties(): Party[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return STATES.map((code) => ({
    code,
    name: names.of(code) ?? code,
    kind: 'state' as const,
  }));
}

/**
 * What every synthetic event has alike, shared rather than copied: a
 * hundred thousand copies cost the API worker's start a second of garbage
 * collection. Nothing changes an event once made.
 */
const PLACE = {
  name: 'Synthetic venue',
  city: 'Synthetic city',
  country: FOCAL,
};
const NOTES = ['Synthetic: generated for scale tests, not a real event.'];
const NONE: never[] = [];

export function syntheticEvents(count: number, seed = 20251025): EventDetail[] {
  const random = createRandom(seed);
  return Array.from(eventDays(count, random), (day, index) => {
    const counterpart = pick(STATES, random);
    const type = pick(EVENT_TYPES, random);
    const number = String(index + 1).padStart(6, '0');
    return {
      id: `synthetic-${number}`,
      title: `Synthetic ${type.replace('-', ' ')} ${number} with ${counterpart}`,
      type,
      ...dates(day, random),
      timeZone: pick(ZONES, random),
      place: PLACE,
      parties: [FOCAL, counterpart],
      summary: 'A generated event for scale tests; it never happened.',
      verification: pick(VERIFICATIONS, random),
      participants: NONE,
      documents: NONE,
      quotes: NONE,
      sources: NONE,
      notes: NOTES,
      relatedEventIds: NONE,
    };
  });
}
