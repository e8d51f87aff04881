import { setupWorker } from 'msw/browser';

import { createHandlers } from './handlers';
import { createWorkerBackend } from './worker-backend';

/**
 * The mock API in the browser: MSW's service worker hands each `/api/`
 * request to the page, which passes it to the API worker
 * (mocks/api-worker.ts, started by src/main.tsx).
 */
export function createWorker(apiWorker: Worker) {
  return setupWorker(...createHandlers(createWorkerBackend(apiWorker)));
}
