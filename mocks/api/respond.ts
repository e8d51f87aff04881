/**
 * The whole events API as one function of a request: the mock server,
 * without any transport. MSW handlers call it in tests (mocks/node.ts) and
 * a Web Worker calls it in the browser (mocks/api-worker.ts).
 */
import type { EventDetail, Party } from '../../src/domain/event';
import { checkCursorInRange, parseEventParams } from './event-params';
import { createEventIndex } from './event-index';
import { getEventDetail, listParties, queryEvents } from './query-events';
import { queryTimeline } from './query-timeline';
import { type ApiReply, internalError, notFound, reply } from './reply';
import { parseTimelineParams } from './timeline-params';

/** The API's data set: events and the parties that can take part. */
export type MockData = {
  events: readonly EventDetail[];
  parties: readonly Party[];
};

export type Api = (method: string, url: string) => ApiReply;

const EVENT_PATH = /^\/api\/events\/([^/]+)$/;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The API over one data set, indexed once. */
export function createApi(data: MockData): Api {
  const index = createEventIndex(data.events);

  function route(method: string, url: URL): ApiReply {
    const unknown = () =>
      notFound(`There is no ${method} ${url.pathname} in the events API.`);
    if (method !== 'GET') return unknown();
    if (url.pathname === '/api/events') {
      const parsed = parseEventParams(url.searchParams);
      if (!parsed.ok) return reply(parsed.error, 400);
      const page = queryEvents(index, parsed.params);
      const cursorError = checkCursorInRange(parsed.params, page.total);
      return cursorError ? reply(cursorError, 400) : reply(page);
    }
    if (url.pathname === '/api/timeline') {
      const parsed = parseTimelineParams(url.searchParams);
      if (!parsed.ok) return reply(parsed.error, 400);
      return reply(queryTimeline(index, parsed.value));
    }
    if (url.pathname === '/api/parties') {
      return reply({ items: listParties(index, data.parties) });
    }
    const match = EVENT_PATH.exec(url.pathname);
    if (match?.[1] !== undefined) {
      const id = decodeSegment(match[1]);
      const event = id === null ? undefined : getEventDetail(index, id);
      return event
        ? reply(event)
        : notFound(
            `There is no event with the id ${JSON.stringify(id ?? match[1])}.`,
          );
    }
    return unknown();
  }

  return (method, url) => {
    try {
      return route(method, new URL(url));
    } catch (error) {
      return internalError(error);
    }
  };
}
