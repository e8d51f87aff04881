import { useCallback, useEffect, useRef } from 'react';

import { useUrl } from '@/components/use-url';

/**
 * After closing an event, focus goes back to where it was opened from: its
 * item on the timeline, or its row in the table.
 */
function returnFocusTo(id: string) {
  requestAnimationFrame(() => {
    const selector = `[data-event-id="${CSS.escape(id)}"]`;
    const target =
      document.querySelector<HTMLElement>(`.tt-timeline ${selector}`) ??
      document.querySelector<HTMLElement>(`.tt-list ${selector}`);
    target?.focus();
  });
}

/**
 * The path that opens an event (`/events/{id}`, the id percent-encoded): the
 * route's pattern too (app.tsx), so the two never disagree. Paths are matched
 * regardless of case, as routes are.
 */
export const EVENT_PATH = /^\/events\/([^/]+)\/?$/i;

/**
 * The event a path opens, or null. A malformed encoding is the id as
 * written: no event has it, and the panel says so.
 */
export function eventIdOf(pathname: string): string | null {
  const encoded = EVENT_PATH.exec(pathname)?.[1];
  if (encoded === undefined) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/**
 * The open event is the path (`/events/:id`); opening or closing one keeps
 * the rest of the view (the query string) as it is.
 */
export function useSelection() {
  const { pathname, search, navigate } = useUrl();
  const selectedId = eventIdOf(pathname);
  // The same function across filter changes, so the table (memoized) does
  // not redraw its rows on every click of a filter.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);
  const select = useCallback(
    (id: string | null) => {
      const pathname = id === null ? '/' : `/events/${encodeURIComponent(id)}`;
      navigate(`${pathname}${searchRef.current}`);
    },
    [navigate],
  );
  const close = () => {
    select(null);
    if (selectedId !== null) returnFocusTo(selectedId);
  };
  return { selectedId, select, close };
}
