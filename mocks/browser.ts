import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { wrap } from 'comlink';

import type { MockApiWorker } from './api-worker';
import { internalError, toResponse, type ApiReply } from './api/reply';

/** The requests the mock answers: same-origin `/api/…`; others go out. */
function isApiRequest(url: string): boolean {
  const { origin, pathname } = new URL(url);
  return origin === window.location.origin && pathname.startsWith('/api/');
}

/**
 * The mock API in the browser. MSW's fetch interceptor (@mswjs/interceptors,
 * the layer its own set-ups are built on) answers the page's `/api/`
 * requests in the page itself, with no service worker to register on a
 * first visit, and hands each one to the API worker (mocks/api-worker.ts,
 * started by src/main.tsx) through Comlink. If the worker fails, every
 * request is answered with the contract's `internal` error.
 */
export function startMockApi(apiWorker: Worker) {
  const api = wrap<MockApiWorker>(apiWorker);
  const failed = new Promise<never>((_resolve, reject) => {
    apiWorker.addEventListener('error', (event) => {
      reject(new Error(`the API worker failed: ${event.message}`));
    });
  });
  // Observed here so that a failure with no request waiting is not unhandled.
  failed.catch(() => undefined);

  const interceptor = new FetchInterceptor();
  // The interceptor awaits its listeners before it lets a request through,
  // though its types (strict-event-emitter's Listener) say they return void.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  interceptor.on('request', async ({ request, controller }) => {
    if (!isApiRequest(request.url)) return;
    let reply: ApiReply;
    try {
      reply = await Promise.race([
        api.answer(request.method, request.url),
        failed,
      ]);
    } catch (error) {
      reply = internalError(error);
    }
    controller.respondWith(toResponse(reply));
  });
  interceptor.apply();
}
