import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { eventQueries } from '@/api/event-queries';
import type { Filters } from '@/domain/filters';
import type { LaneMode } from '@/domain/view-state';

import {
  type Coverage,
  coverageOf,
  type FetchPlan,
  needsFetch,
  OVERVIEW,
  planFetch,
  type View,
} from './fetch-window';
import { toTimelineParams } from './slice-params';

/** A drag or a wheel fires many window changes; ask once it rests. */
const SETTLE_MS = 150;

/**
 * The timeline's data: the slice of the filtered events around the visible
 * window, fetched again only when the view leaves what is already there
 * (React Query caches each window and cancels a request no longer wanted).
 * Until the view reports itself, the whole span is asked for (OVERVIEW).
 */
export function useTimelineSlice(filters: Filters, lanes: LaneMode) {
  const [plan, setPlan] = useState<FetchPlan>(OVERVIEW);
  const params = useMemo(
    () => toTimelineParams(filters, lanes, plan),
    [filters, lanes, plan],
  );
  const slice = useQuery({
    ...eventQueries.timeline(params),
    placeholderData: keepPreviousData,
  });

  // What the asked-for slice covers: until it arrives, what it will cover.
  const coverage: Coverage | null = useMemo(() => {
    if (slice.data && !slice.isPlaceholderData) {
      return coverageOf(slice.data, plan.window !== null);
    }
    if (!plan.window) return null;
    const { start, end } = plan.window;
    return { window: plan.window, bucketMs: (end - start) / plan.buckets };
  }, [slice.data, slice.isPlaceholderData, plan]);
  const coverageRef = useRef(coverage);
  useEffect(() => {
    coverageRef.current = coverage;
  }, [coverage]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const onRangeChange = useCallback((view: View) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const current = coverageRef.current;
      if (current && needsFetch(current, view)) setPlan(planFetch(view));
    }, SETTLE_MS);
  }, []);

  return { slice, onRangeChange };
}
