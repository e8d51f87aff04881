import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

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
 * The open event is the path (`/events/:id`); opening or closing one keeps
 * the rest of the view (the query string) as it is.
 */
export function useSelection() {
  const { id: selectedId = null } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  // The same function across filter changes, so the table (memoized) does
  // not redraw its rows on every click of a filter.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);
  const select = useCallback(
    (id: string | null) => {
      void navigate({
        pathname: id === null ? '/' : `/events/${encodeURIComponent(id)}`,
        search: searchRef.current,
      });
    },
    [navigate],
  );
  const close = () => {
    select(null);
    if (selectedId !== null) returnFocusTo(selectedId);
  };
  return { selectedId, select, close };
}
