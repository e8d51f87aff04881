/**
 * Requests wait for the API to be there. With the embedded mock, src/main.tsx
 * renders the app at once and starts the mock alongside; a request made
 * before the mock intercepts fetch waits for it here instead of going out to
 * a server that is not there. With a real API nothing is held.
 */
let ready: Promise<unknown> = Promise.resolve();

export function holdRequestsUntil(promise: Promise<unknown>): void {
  ready = promise;
  // A failure is each request's to report (as a network error), not the page's.
  promise.catch(() => undefined);
}

let startOnFirstRequest: (() => Promise<unknown>) | null = null;

/**
 * The API starts when a request first needs it: the page came with the
 * answers to its first view, and the mock's code need not load before.
 */
export function startApiOnFirstRequest(start: () => Promise<unknown>): void {
  startOnFirstRequest = start;
}

export function whenApiReady(): Promise<unknown> {
  if (startOnFirstRequest) {
    holdRequestsUntil(startOnFirstRequest());
    startOnFirstRequest = null;
  }
  return ready;
}
