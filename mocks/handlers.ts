import { http, HttpResponse, type HttpResponseResolver } from 'msw';

import {
  type ApiErrorBody,
  type EventDetail,
  type EventPage,
  type Party,
  type PartyWithCount,
} from '../src/domain/event';
import { checkCursorInRange, parseEventParams } from './api/event-params';
import {
  createEventIndex,
  getEventDetail,
  listParties,
  queryEvents,
} from './api/query-events';
import { events } from './data/events';
import { parties } from './data/parties';

type ApiBody =
  EventPage | EventDetail | { items: PartyWithCount[] } | ApiErrorBody;

export function jsonResponse(body: ApiBody, status = 200): Response {
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

function errorResponse(status: number, body: ApiErrorBody): Response {
  return jsonResponse(body, status);
}

function notFound(message: string): Response {
  return errorResponse(404, { error: { code: 'not_found', message } });
}

/**
 * Answers a failure inside a handler with the contract's `internal` error, so
 * the client sees the same shape as from a real server rather than MSW's own.
 */
export function withInternalErrors<Params extends Record<string, string>>(
  resolver: (request: Request, params: Params) => Response,
): HttpResponseResolver<Params> {
  return ({ request, params }) => {
    try {
      return resolver(request, params);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return errorResponse(500, {
        error: {
          code: 'internal',
          message: `The events API failed: ${reason}`,
        },
      });
    }
  };
}

/** The API's data set: events and the parties that can take part. */
export type MockData = {
  events: readonly EventDetail[];
  parties: readonly Party[];
};

export const REAL_DATA: MockData = { events, parties };

/** The handlers of the whole API over one data set, indexed once. */
export function createHandlers(data: MockData) {
  const index = createEventIndex(data.events);
  return [
    http.get(
      '/api/events',
      withInternalErrors((request) => {
        const parsed = parseEventParams(new URL(request.url).searchParams);
        if (!parsed.ok) return errorResponse(400, parsed.error);
        const page = queryEvents(index, parsed.params);
        const cursorError = checkCursorInRange(parsed.params, page.total);
        if (cursorError) return errorResponse(400, cursorError);
        return jsonResponse(page);
      }),
    ),
    http.get(
      '/api/events/:id',
      withInternalErrors<{ id: string }>((_request, { id }) => {
        const event = getEventDetail(index, id);
        return event
          ? jsonResponse(event)
          : notFound(`There is no event with the id ${JSON.stringify(id)}.`);
      }),
    ),
    http.get(
      '/api/parties',
      withInternalErrors(() =>
        jsonResponse({ items: listParties(index, data.parties) }),
      ),
    ),
    http.all(
      '/api/*',
      withInternalErrors((request) =>
        notFound(
          `There is no ${request.method} ${new URL(request.url).pathname} in the events API.`,
        ),
      ),
    ),
  ];
}

export const handlers = createHandlers(REAL_DATA);
