import { setupServer } from 'msw/native';

import { createHandlers } from './handlers';
import { createWorkerBackend } from './worker-backend';

/**
 * The mock API in the browser. MSW answers `/api/` requests in the page
 * itself, by wrapping `fetch` (the way its service worker setup falls back
 * when there is none), and passes each one to the API worker
 * (mocks/api-worker.ts, started by src/main.tsx). A service worker would
 * cost a registration on every first visit and a hop through it on every
 * request; `msw/native` is MSW's setup with only that in-page interception.
 */
export function startMockApi(apiWorker: Worker) {
  const server = setupServer(...createHandlers(createWorkerBackend(apiWorker)));
  server.listen({ onUnhandledRequest: 'bypass' });
}
