import { useCallback, useEffect, useMemo, useRef } from 'react';

import { useUrl } from '@/components/use-url';
import { isOneOf } from '@/domain/is-one-of';
import {
  DROP_REASONS,
  type DroppedParam,
  parseViewState,
  serializeViewState,
  type TimeWindow,
  type ViewState,
} from '@/domain/view-state';

/** A pan or a zoom changes the window many times; the URL follows it once it rests. */
const WINDOW_SETTLE_MS = 300;

type NoticeState = { dropped: DroppedParam[] };

function isDroppedParam(value: unknown): value is DroppedParam {
  return (
    typeof value === 'object' &&
    value !== null &&
    'parameter' in value &&
    typeof value.parameter === 'string' &&
    'value' in value &&
    typeof value.value === 'string' &&
    'reason' in value &&
    isOneOf(DROP_REASONS, value.reason)
  );
}

/** The dropped values a rewritten link left in its history entry's state. */
function readNotice(state: unknown): DroppedParam[] {
  if (typeof state !== 'object' || state === null || !('dropped' in state)) {
    return [];
  }
  return Array.isArray(state.dropped)
    ? state.dropped.filter(isDroppedParam)
    : [];
}

/**
 * The view is the URL: reading it parses the search params; a choice (a
 * filter, the lanes, the view, the language) pushes a history entry, so Back
 * undoes it, while the timeline's window, which follows every drag, replaces
 * the current entry once it rests. A link with values that cannot be used is
 * rewritten to the values that can, and the dropped ones travel in the
 * history entry's state for the notice.
 */
export function useViewState() {
  const { pathname, search, state, navigate } = useUrl();
  const parsed = useMemo(() => parseViewState(search), [search]);
  const { dropped } = parsed;
  const view = parsed.state;

  useEffect(
    function rewriteBadLink() {
      if (dropped.length === 0) return;
      navigate(`${pathname}${serializeViewState(view)}`, {
        replace: true,
        state: { dropped } satisfies NoticeState,
      });
    },
    [dropped, view, pathname, navigate],
  );

  const setView = useCallback(
    (next: ViewState) => {
      navigate(`${pathname}${serializeViewState(next)}`);
    },
    [navigate, pathname],
  );

  // The latest view and history state, for a window that lands later.
  const latest = useRef({ view, state, pathname });
  useEffect(() => {
    latest.current = { view, state, pathname };
  }, [view, state, pathname]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const setWindow = useCallback(
    (window: TimeWindow | null) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const current = latest.current;
        const next = serializeViewState({ ...current.view, window });
        if (next === serializeViewState(current.view)) return;
        navigate(`${current.pathname}${next}`, {
          replace: true,
          state: current.state,
        });
      }, WINDOW_SETTLE_MS);
    },
    [navigate],
  );

  const dismissNotice = useCallback(() => {
    navigate(`${pathname}${search}`, { replace: true, state: null });
  }, [navigate, pathname, search]);

  return {
    view,
    notice: readNotice(state),
    setView,
    setWindow,
    dismissNotice,
  };
}
