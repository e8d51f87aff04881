/**
 * The hostile events API of the real-browser tests: the mock's own API
 * (mocks/api/respond.ts) over the hostile data set (hostile-data.ts), served
 * on 127.0.0.1 with CORS, so it keeps to the contract as the mock does. It can
 * be switched into failure modes. Importing this module has no side effects;
 * call startHostileApi() to serve.
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';

import { createApi } from '../../mocks/api/respond';
import type { ApiErrorBody, EventPage } from '../../src/domain/event';
import { hostileData } from './hostile-data';

/** What every GET under /api answers: the API, or one way of failing. */
export type HostileMode =
  'ok' | '500' | 'network' | 'slow' | 'malformed' | 'schema';

export type HostileApi = {
  url: string;
  /** The path and query of every request but OPTIONS preflights, in order. */
  requests: string[];
  /** Switches what every GET under /api answers (preflights are always 204). */
  setMode: (mode: HostileMode) => void;
  /** Closes the server and every open connection; safe to call twice. */
  close: () => Promise<void>;
};

const SLOW_MS = 60_000;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Max-Age': '600',
};

const INJECTED_FAILURE: ApiErrorBody = {
  error: { code: 'internal', message: 'Injected failure' },
};

/** Valid JSON that breaks the contract: an item with no title, its start no date. */
const BROKEN_PAGE = {
  items: [{ id: 'x', start: 'yesterday' }],
  total: 1,
  nextCursor: null,
  facets: { party: [], type: [], verification: [] },
} satisfies Omit<EventPage, 'items'> & { items: unknown[] };

function isApiPath(path: string): boolean {
  return (
    path === '/api' || path.startsWith('/api/') || path.startsWith('/api?')
  );
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(response.req.method === 'HEAD' ? undefined : text);
}

/** Serves the hostile data set on 127.0.0.1 (`port` 0: any free port). */
export async function startHostileApi({ port = 0 } = {}): Promise<HostileApi> {
  const api = createApi(hostileData());
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let mode: HostileMode = 'ok';
  let closing: Promise<void> | null = null;

  function answer(request: IncomingMessage, response: ServerResponse): void {
    // HEAD is a GET without the body (send() leaves it out).
    const method = request.method === 'HEAD' ? 'GET' : (request.method ?? '');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const { status, body } = api(method, url.href);
    send(response, status, body);
  }

  function answerSlowly(
    request: IncomingMessage,
    response: ServerResponse,
  ): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) answer(request, response);
    }, SLOW_MS);
    timers.add(timer);
    response.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
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
    switch (isApiPath(path) ? mode : 'ok') {
      case 'ok':
        answer(request, response);
        return;
      case '500':
        send(response, 500, JSON.stringify(INJECTED_FAILURE));
        return;
      case 'network':
        request.socket.destroy();
        return;
      case 'slow':
        answerSlowly(request, response);
        return;
      case 'malformed':
        send(response, 200, '{"items": [');
        return;
      case 'schema':
        send(response, 200, JSON.stringify(BROKEN_PAGE));
        return;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`the hostile API listens on no port (${String(address)})`);
  }

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    setMode(next) {
      mode = next;
    },
    close() {
      if (closing) return closing;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      closing = new Promise((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      return closing;
    },
  };
}
