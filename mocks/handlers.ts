import { http, type HttpResponseResolver } from 'msw';

import { type ApiReply, internalError, toResponse } from './api/reply';

/** Whatever answers the API's requests (createApi, or a test's own). */
export type ApiBackend = (
  method: string,
  url: string,
) => ApiReply | Promise<ApiReply>;

/**
 * An MSW resolver over a backend. A failure of the backend itself answers
 * with the contract's `internal` error, so the client sees the same shape
 * as from a real server rather than MSW's own.
 */
export function withInternalErrors(backend: ApiBackend): HttpResponseResolver {
  return async ({ request }) => {
    let reply: ApiReply;
    try {
      reply = await backend(request.method, request.url);
    } catch (error) {
      reply = internalError(error);
    }
    return toResponse(reply);
  };
}

/** The handlers of the whole API for MSW's Node server in the tests. */
export function createHandlers(backend: ApiBackend) {
  return [http.all('/api/*', withInternalErrors(backend))];
}
