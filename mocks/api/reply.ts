/**
 * The API's answers as data: a status and a JSON body, already serialised.
 * Kept apart from respond.ts so the page's side of the mock (its fetch
 * interceptor) can answer an error without loading the whole API.
 */
import type { ApiErrorBody } from '../../src/domain/event';

export type ApiReply = { status: number; body: string };

export function reply(body: unknown, status = 200): ApiReply {
  return { status, body: JSON.stringify(body) };
}

export function notFound(message: string): ApiReply {
  const body: ApiErrorBody = { error: { code: 'not_found', message } };
  return reply(body, 404);
}

export function internalError(error: unknown): ApiReply {
  const reason = error instanceof Error ? error.message : String(error);
  const body: ApiErrorBody = {
    error: { code: 'internal', message: `The events API failed: ${reason}` },
  };
  return reply(body, 500);
}

/** An answer as the HTTP response a real server would send. */
export function toResponse({ status, body }: ApiReply): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
