import type { EventSummary } from '@/domain/event';

import { type EventListParams, getEvents } from './events';

/** The contract's largest page: 100,000 events take 100 requests. */
export const MAX_PAGE_LIMIT = 1000;

export type Progress = { loaded: number; total: number };

/**
 * Every event that matches the filters, page after page by cursor. Only the
 * list items (EventSummary): details would cost one request per event.
 */
export async function getAllEvents(
  params: EventListParams,
  signal?: AbortSignal,
  onProgress?: (progress: Progress) => void,
): Promise<EventSummary[]> {
  const items: EventSummary[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await getEvents(
      { ...params, limit: MAX_PAGE_LIMIT, ...(cursor ? { cursor } : {}) },
      signal,
    );
    for (const item of page.items) items.push(item);
    onProgress?.({ loaded: items.length, total: page.total });
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
}
