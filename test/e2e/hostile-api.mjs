// A hostile but contract-abiding events API (docs/api.md) for the real-browser
// tests: every free-text string is an attack or a rendering torture test, and
// the server can be switched into failure modes. Importing this module has no
// side effects; call startHostileApi() to serve.
import { createServer } from 'node:http';

/**
 * Hostile strings. Each carries a unique marker `HXnn` (two digits) as plain
 * text, so a test can find where it ended up (`getByText('HX04')`) and check
 * that the whole payload is shown verbatim, as text.
 */
export const PAYLOADS = [
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

const EVENT_TYPES = [
  'adoption',
  'state-visit',
  'agreement',
  'ceremony',
  'bilateral-meeting',
];
const VERIFICATIONS = ['verified', 'partly-verified', 'unverified', 'disputed'];
const ROLES = ['host', 'guest', 'signatory', 'witness', 'speaker'];
const DOCUMENT_KINDS = [
  'treaty',
  'joint-statement',
  'agreement',
  'mou',
  'letter-of-intent',
  'programme',
  'other',
];
const DOCUMENT_STATUSES = [
  'adopted',
  'signed',
  'exchanged',
  'reached',
  'pending',
];

/** A code-like but unusual party code (the schema only wants a non-empty string). */
const ODD_PARTY = 'X<B>';

const PARTY_KINDS = {
  VN: 'state',
  AZ: 'state',
  UN: 'organization',
  [ODD_PARTY]: 'company',
};

const PARTY_SETS = [
  ['VN', 'AZ', ODD_PARTY],
  ['VN', 'UN'],
  ['AZ', 'VN'],
  ['VN', 'UN', ODD_PARTY],
  ['VN'],
  ['VN', 'AZ', 'UN', ODD_PARTY],
];

/** Hanoi dates: one timed, one range, one month-precision, then days. */
const DATES = [
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
];

function datesOf(index) {
  return DATES[index] ?? { start: `2025-10-${20 + (index % 10)}`, end: null };
}

/**
 * EventDetail objects that pass the client's schema, with a hostile payload
 * in every free-text field. Event i's title is PAYLOADS[i % PAYLOADS.length].
 */
export function hostileEvents(count = 6) {
  const ids = Array.from({ length: count }, (_, i) => `hostile-${i + 1}`);
  return ids.map((id, i) => {
    let cursor = i;
    const next = () => PAYLOADS[cursor++ % PAYLOADS.length];
    const parties = PARTY_SETS[i % PARTY_SETS.length];
    const { start, end } = datesOf(i);
    const title = next();
    const summary = next();
    const place = { name: next(), city: next(), country: 'VN' };
    const participants = parties.map((party, p) => ({
      name: next(),
      title: next(),
      party,
      role: p === 0 ? 'host' : ROLES[1 + ((i + p - 1) % (ROLES.length - 1))],
    }));
    const documents = [0, 1].map((d) => ({
      title: next(),
      kind: DOCUMENT_KINDS[(i + d) % DOCUMENT_KINDS.length],
      parties: d === 0 ? [...parties] : [parties[0]],
      status: DOCUMENT_STATUSES[(i + d) % DOCUMENT_STATUSES.length],
    }));
    const sources = SOURCE_URLS.map(([sourceId, url]) => ({
      id: sourceId,
      title: next(),
      publisher: next(),
      url,
      language: next(),
    }));
    const quotes = ['src-https', 'src-javascript'].map((sourceId) => ({
      text: next(),
      speaker: next(),
      sourceId,
    }));
    const notes = [next(), next()];
    const relatedEventIds = [ids[i - 1], ids[i + 1]].filter(
      (other) => other !== undefined,
    );
    return {
      id,
      title,
      type: EVENT_TYPES[i % EVENT_TYPES.length],
      start,
      end,
      timeZone: 'Asia/Ho_Chi_Minh',
      place,
      parties: [...parties],
      summary,
      verification: VERIFICATIONS[i % VERIFICATIONS.length],
      participants,
      documents,
      quotes,
      sources,
      notes,
      relatedEventIds,
    };
  });
}

function toSummary(event) {
  const { id, title, type, start, end, timeZone, place } = event;
  const { parties, summary, verification } = event;
  return {
    id,
    title,
    type,
    start,
    end,
    timeZone,
    place: { ...place },
    parties: [...parties],
    summary,
    verification,
  };
}

/** The first instant of a When, all events being in Hanoi (+07:00). */
function startInstant(when) {
  if (/^\d{4}-\d{2}$/.test(when))
    return Date.parse(`${when}-01T00:00:00+07:00`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(when))
    return Date.parse(`${when}T00:00:00+07:00`);
  return Date.parse(when);
}

function compareEvents(a, b) {
  const delta = startInstant(a.start) - startInstant(b.start);
  if (delta !== 0) return delta;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function normalizeText(text) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');
}

function searchTextOf(event) {
  return normalizeText(
    [
      event.title,
      event.summary,
      event.place.name,
      event.place.city,
      ...event.participants.flatMap((p) => [p.name, p.title]),
    ].join('\n'),
  );
}

function compareFacets(a, b) {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

const FACETS = {
  party: (event) => event.parties,
  type: (event) => [event.type],
  verification: (event) => [event.verification],
};

class BadParameter extends Error {
  constructor(parameter, message) {
    super(message);
    this.parameter = parameter;
  }
}

function listEvents(events, search) {
  const selected = {};
  for (const name of Object.keys(FACETS)) {
    selected[name] = search.getAll(name);
  }
  for (const [name, allowed] of [
    ['type', EVENT_TYPES],
    ['verification', VERIFICATIONS],
  ]) {
    const bad = selected[name].find((value) => !allowed.includes(value));
    if (bad !== undefined) {
      throw new BadParameter(name, `Unknown ${name} "${bad}".`);
    }
  }
  let limit = 500;
  if (search.has('limit')) {
    const raw = search.get('limit') ?? '';
    limit = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(limit >= 1 && limit <= 1000)) {
      throw new BadParameter(
        'limit',
        'limit must be an integer from 1 to 1000.',
      );
    }
  }
  const terms = normalizeText(search.get('q') ?? '')
    .split(/\s+/)
    .filter((term) => term !== '');
  // Dates (from, to) are not honoured: this server is about hostile content.
  const candidates = events.filter((event) => {
    const text = searchTextOf(event);
    return terms.every((term) => text.includes(term));
  });
  const matchesFacet = (event, name) =>
    selected[name].length === 0 ||
    FACETS[name](event).some((value) => selected[name].includes(value));
  const matches = candidates.filter((event) =>
    Object.keys(FACETS).every((name) => matchesFacet(event, name)),
  );
  const facets = {};
  for (const name of Object.keys(FACETS)) {
    const counts = new Map();
    for (const event of events) {
      for (const value of FACETS[name](event)) counts.set(value, 0);
    }
    for (const event of candidates) {
      const others = Object.keys(FACETS).filter((other) => other !== name);
      if (!others.every((other) => matchesFacet(event, other))) continue;
      for (const value of FACETS[name](event)) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    facets[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort(compareFacets);
  }
  return {
    items: matches.slice(0, limit).map(toSummary),
    total: matches.length,
    nextCursor: null,
    facets,
  };
}

/**
 * `GET /api/timeline`: every match as an event (this server holds a handful,
 * far under any `max`); the window, like dates, is not honoured.
 */
function timelineSlice(events, search) {
  const filters = new URLSearchParams(search);
  for (const name of ['start', 'end', 'max', 'buckets', 'lane', 'focal']) {
    filters.delete(name);
  }
  filters.set('limit', '1000');
  const { items, total } = listEvents(events, filters);
  const instants = items.map((event) => startInstant(event.start));
  const extent =
    items.length === 0
      ? null
      : {
          start: new Date(Math.min(...instants)).toISOString(),
          end: new Date(Math.max(...instants)).toISOString(),
        };
  return { window: extent, total, items, clusters: [], extent };
}

function listParties(events) {
  const counts = new Map();
  for (const event of events) {
    for (const code of event.parties) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  // Names are hostile too: every third payload (markup, bold, long, emoji).
  const items = [...counts].map(([code, eventCount], i) => ({
    code,
    name: PAYLOADS[(i * 3) % PAYLOADS.length],
    kind: PARTY_KINDS[code] ?? 'organization',
    eventCount,
  }));
  items.sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1),
  );
  return { items };
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Max-Age': '600',
};

function errorBody(code, message, parameter) {
  return {
    error: { code, message, ...(parameter === undefined ? {} : { parameter }) },
  };
}

function route(events, request) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return [405, errorBody('not_found', `No ${request.method} on ${path}.`)];
  }
  if (path === '/api/events' || path === '/api/timeline') {
    const answer = path === '/api/events' ? listEvents : timelineSlice;
    try {
      return [200, answer(events, url.searchParams)];
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      const body = errorBody(
        'invalid_parameter',
        error.message,
        error.parameter,
      );
      return [400, body];
    }
  }
  if (path === '/api/parties') return [200, listParties(events)];
  const detail = /^\/api\/events\/([^/]+)$/.exec(path);
  if (detail) {
    let id;
    try {
      id = decodeURIComponent(detail[1]);
    } catch {
      id = null;
    }
    const event = events.find((candidate) => candidate.id === id);
    if (event) return [200, event];
    return [404, errorBody('not_found', `There is no event "${String(id)}".`)];
  }
  return [404, errorBody('not_found', `There is nothing at ${path}.`)];
}

const MODES = ['ok', '500', 'network', 'slow', 'malformed', 'schema'];
const SLOW_MS = 60_000;

/**
 * Serves hostileEvents() on 127.0.0.1. `requests` collects the path and query
 * of every request but OPTIONS preflights, in order; setMode() switches what
 * every GET under /api answers (preflights are always answered 204).
 */
export async function startHostileApi({ port = 0 } = {}) {
  const events = hostileEvents().sort(compareEvents);
  const requests = [];
  const sockets = new Set();
  const timers = new Set();
  let mode = 'ok';
  let closing = null;

  function send(response, status, body) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, {
      ...CORS_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    });
    response.end(response.req.method === 'HEAD' ? undefined : text);
  }

  function answer(request, response) {
    let status;
    let body;
    try {
      [status, body] = route(events, request);
    } catch (error) {
      [status, body] = [500, errorBody('internal', String(error))];
    }
    send(response, status, body);
  }

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...CORS_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
      });
      response.end();
      return;
    }
    requests.push(path);
    const isApi =
      path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
    if (!isApi || mode === 'ok') {
      answer(request, response);
      return;
    }
    switch (mode) {
      case '500':
        send(response, 500, errorBody('internal', 'Injected failure'));
        return;
      case 'network':
        request.socket.destroy();
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) answer(request, response);
        }, SLOW_MS);
        timers.add(timer);
        response.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'malformed':
        send(response, 200, '{"items": [');
        return;
      case 'schema':
        send(response, 200, {
          items: [{ id: 'x', start: 'yesterday' }],
          total: 1,
          nextCursor: null,
          facets: { party: [], type: [], verification: [] },
        });
        return;
      default:
        answer(request, response);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    requests,
    setMode(next) {
      if (!MODES.includes(next)) {
        throw new Error(
          `Unknown mode "${next}"; use one of ${MODES.join(', ')}.`,
        );
      }
      mode = next;
    },
    /** Closes the server and every open connection; safe to call twice. */
    close() {
      if (closing) return closing;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      closing = new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      });
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      return closing;
    },
  };
}
