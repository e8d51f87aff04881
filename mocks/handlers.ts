import { http, HttpResponse, type HttpResponseResolver } from 'msw';

import { type ApiReply, internalError } from './api/reply';

/** Whatever answers the API's requests: in this thread or in a worker. */
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
    return new HttpResponse(reply.body, {
      status: reply.status,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  };
}

/** The handlers of the whole API, answered by one backend. */
export function createHandlers(backend: ApiBackend) {
  return [http.all('/api/*', withInternalErrors(backend))];
}
