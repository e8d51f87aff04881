/**
 * A hostile but contract-abiding data set for the real-browser tests: every
 * free-text string is an attack or a rendering torture test, and the events
 * between them take every event type, verification, participant role,
 * document kind and status, an odd party code and every kind of date, with
 * additional types and uncertain dates among them.
 * hostile-api.ts serves it through the mock's own API.
 */
import type { MockData } from '../../mocks/api/respond';
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  EVENT_TYPES,
  type EventDetail,
  PARTICIPANT_ROLES,
  type Party,
  type PartyCode,
  type PartyKind,
  VERIFICATIONS,
  type When,
} from '../../src/domain/event';

/**
 * Hostile strings. Each carries a unique marker `HXnn` (two digits) as plain
 * text, so a test can find where it ended up (`getByText('HX04')`) and check
 * that the whole payload is shown verbatim, as text.
 */
export const PAYLOADS: readonly string[] = [
  'HX01 <img src=x onerror="window.__xss=(window.__xss||0)+1">',
  'HX02 <script>window.__xss=(window.__xss||0)+1</script>',
  'HX03 "><svg onload="window.__xss=(window.__xss||0)+1">',
  'HX04 <b>bold</b>',
  // The marker is a JavaScript comment, so this stays a working javascript: URL.
  'javascript:window.__xss=1//HX05',
  // The marker is text after the script, so this stays a working data: URL.
  'data:text/html,<script>window.__xss=1</script>HX06',
  // 5,000 characters, mostly one unbreakable word.
  `HX07 ${'W'.repeat(4995)}`,
  // An unterminated right-to-left override, then Arabic.
  'HX08 \u202Egnp.exe اتفاقية هانوي لمكافحة الجرائم السيبرانية',
  'HX09 Z̷̢͓a̴l̸g̶o̷',
  'HX10 🇦🇿🤝🇻🇳 👩🏽‍⚖️',
  "HX11 {{constructor.constructor('window.__xss=1')()}}",
  'HX12 <a href="javascript:window.__xss=(window.__xss||0)+1">click me</a>',
  "HX13 ' onmouseover='window.__xss=(window.__xss||0)+1' data-x='",
  'HX14 </textarea></title><style>*{display:none!important}</style>',
];

/** The item at `index`, counting round a non-empty list. */
function cycle<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('cycle() needs a non-empty list');
  return item;
}

/** A code-like but unusual party code (the schema only wants a non-empty string). */
const ODD_PARTY = 'X<B>';

const PARTY_KINDS: readonly (readonly [PartyCode, PartyKind])[] = [
  ['AZ', 'state'],
  ['VN', 'state'],
  ['UN', 'organization'],
  [ODD_PARTY, 'company'],
];

/** The parties' names are hostile too: every third payload (markup, bold, long, emoji). */
const PARTIES: readonly Party[] = PARTY_KINDS.map(([code, kind], i) => ({
  code,
  name: cycle(PAYLOADS, i * 3),
  kind,
}));

// States are named by Intl and known organisations by the interface, so
// only the odd company's hostile name is shown: it is a lane by country.
const PARTY_SETS: readonly (readonly PartyCode[])[] = [
  ['VN', ODD_PARTY, 'AZ'],
  ['VN', 'UN'],
  ['AZ', 'VN'],
  ['VN', 'UN', ODD_PARTY],
  ['VN'],
  ['VN', 'AZ', 'UN', ODD_PARTY],
];

type Dates = { start: When; end: When | null };

/** Hanoi dates: one timed, one range, one month-precision, then days. */
const DATES: readonly Dates[] = [
  { start: '2025-10-25T09:00:00+07:00', end: null },
  { start: '2025-10-25', end: '2025-10-26' },
  { start: '2025-05', end: null },
  { start: '2025-10-26', end: null },
  { start: '2025-10-27', end: null },
  { start: '2025-10-28', end: null },
];

const SOURCE_URLS = [
  ['src-javascript', 'javascript:window.__xss=1'],
  ['src-data', 'data:text/html,<script>window.__xss=1</script>'],
  ['src-http', 'http://insecure.example/'],
  // The only URL that may become a link.
  ['src-https', 'https://example.org/safe'],
] as const;

function datesOf(index: number): Dates {
  return DATES[index] ?? { start: `2025-10-${20 + (index % 10)}`, end: null };
}

/**
 * Events that pass the client's schema, with a hostile payload in every
 * free-text field. Event i's title is PAYLOADS[i % PAYLOADS.length].
 */
export function hostileEvents(count = 6): EventDetail[] {
  const ids = Array.from({ length: count }, (_, i) => `hostile-${i + 1}`);
  return ids.map((id, i) => {
    let cursor = i;
    const next = () => cycle(PAYLOADS, cursor++);
    const parties = cycle(PARTY_SETS, i);
    // Object literals run in source order: keep it, it places the payloads.
    return {
      id,
      title: next(),
      summary: next(),
      type: cycle(EVENT_TYPES, i),
      ...(i % 3 === 1 ? { additionalTypes: [cycle(EVENT_TYPES, i + 1)] } : {}),
      ...datesOf(i),
      ...(datesOf(i).end !== null && i % 2 === 1
        ? { dateUncertain: true }
        : {}),
      timeZone: 'Asia/Ho_Chi_Minh',
      place: { name: next(), city: next(), country: 'VN' },
      parties: [...parties],
      verification: cycle(VERIFICATIONS, i),
      participants: parties.map((party, p) => ({
        name: next(),
        title: next(),
        party,
        role: p === 0 ? 'host' : cycle(PARTICIPANT_ROLES.slice(1), i + p - 1),
      })),
      documents: [0, 1].map((d) => ({
        title: next(),
        kind: cycle(DOCUMENT_KINDS, i + d),
        parties: d === 0 ? [...parties] : parties.slice(0, 1),
        status: cycle(DOCUMENT_STATUSES, i + d),
      })),
      sources: SOURCE_URLS.map(([sourceId, url]) => ({
        id: sourceId,
        title: next(),
        publisher: next(),
        url,
        language: next(),
      })),
      quotes: ['src-https', 'src-javascript'].map((sourceId) => ({
        text: next(),
        speaker: next(),
        sourceId,
      })),
      notes: [next(), next()],
      relatedEventIds: [ids[i - 1], ids[i + 1]].filter(
        (other) => other !== undefined,
      ),
    };
  });
}

/** The hostile data set, as the mock's createApi() takes it. */
export function hostileData(): MockData {
  return { events: hostileEvents(), parties: PARTIES };
}
