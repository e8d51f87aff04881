import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';

import type { Filters } from '@/domain/filters';
import { isOneOf } from '@/domain/is-one-of';

import {
  DROP_REASONS,
  type DroppedParam,
  parseFilters,
  serializeFilters,
} from './filters-url';

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
 * The filters are the URL: reading them parses the search params, changing
 * them pushes a history entry (so Back undoes a choice). A link with values
 * that cannot be used is rewritten to the values that can, and the dropped
 * ones travel in the history entry's state for the notice.
 */
export function useUrlFilters() {
  const location = useLocation();
  const { pathname, search } = location;
  const state: unknown = location.state;
  const navigate = useNavigate();
  const { filters, dropped } = useMemo(() => parseFilters(search), [search]);

  useEffect(
    function rewriteBadLink() {
      if (dropped.length === 0) return;
      void navigate(
        { pathname, search: serializeFilters(filters) },
        { replace: true, state: { dropped } satisfies NoticeState },
      );
    },
    [dropped, filters, pathname, navigate],
  );

  const setFilters = useCallback(
    (next: Filters) => {
      void navigate({ pathname, search: serializeFilters(next) });
    },
    [navigate, pathname],
  );

  const dismissNotice = useCallback(() => {
    void navigate({ pathname, search }, { replace: true, state: null });
  }, [navigate, pathname, search]);

  return { filters, notice: readNotice(state), setFilters, dismissNotice };
}
