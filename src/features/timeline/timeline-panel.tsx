import { type UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';

import { ErrorMessage, Spinner } from '@/components/status';
import { type TimelineSlice } from '@/domain/event';
import { type LaneMode } from '@/domain/filters';

import { type View } from './fetch-window';
import { ItemHint } from './item-hint';
import { TimelineToolbar } from './timeline-toolbar';
import { type ItemHint as Hint, type TimelineHandle } from './timeline-types';
import { toDrawnItems, toLanes } from './to-timeline-items';

const TimelineView = lazy(() =>
  import('./timeline-view').then((module) => ({
    default: module.TimelineView,
  })),
);

/** Cluster counts and dates are drawn in the interface's language. */
const LOCALE = 'en';

export type TimelinePanelProps = {
  slice: UseQueryResult<TimelineSlice>;
  onRangeChange: (view: View) => void;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  nameOf: (code: string) => string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The pointer or keyboard is on an event: a chance to fetch its details. */
  onPreview: (id: string) => void;
};

function describe(slice: TimelineSlice | undefined): string {
  const total = (slice?.total ?? 0).toLocaleString(LOCALE);
  const grouped = slice?.clusters.length
    ? ` in view, drawn as ${slice.clusters.length.toLocaleString(LOCALE)} groups by date; opening a group zooms in`
    : '';
  return `Timeline of ${total} events${grouped}. The arrow keys move between them in time order; Enter opens one.`;
}

/** The drawn timeline with its toolbar and the hover/focus date hint. */
export function TimelinePanel({
  slice,
  onRangeChange,
  lanes,
  onLanesChange,
  nameOf,
  selectedId,
  onSelect,
  onPreview,
}: TimelinePanelProps) {
  const timeline = useRef<TimelineHandle>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const { data } = slice;
  const items = useMemo(
    () => (data ? toDrawnItems(data, lanes) : []),
    [data, lanes],
  );
  const groups = useMemo(
    () =>
      toLanes(
        items.map((item) => item.group),
        lanes,
        nameOf,
      ),
    [items, lanes, nameOf],
  );
  const extentSpan = data?.extent;
  const extent = useMemo(
    () =>
      extentSpan
        ? { start: new Date(extentSpan.start), end: new Date(extentSpan.end) }
        : null,
    [extentSpan],
  );
  const hintedItem = hint
    ? items.find((item) => item.id === hint.id)
    : undefined;

  return (
    <div className="tt-timeline-panel">
      <TimelineToolbar
        timeline={timeline}
        lanes={lanes}
        onLanesChange={onLanesChange}
      />
      {slice.isError ? (
        <ErrorMessage
          title={
            data
              ? 'Could not redraw the timeline; it shows what was loaded before.'
              : 'The timeline could not be loaded.'
          }
          error={slice.error}
          onRetry={() => void slice.refetch()}
          isRetrying={slice.isFetching}
        />
      ) : null}
      {data ? (
        <Suspense fallback={<Spinner label="Drawing the timeline…" />}>
          <TimelineView
            ref={timeline}
            items={items}
            groups={groups}
            extent={extent}
            description={describe(data)}
            locale={LOCALE}
            selectedId={selectedId}
            onSelect={onSelect}
            onHint={(next) => {
              setHint(next);
              const isEvent =
                next &&
                items.find((item) => item.id === next.id)?.kind !== 'cluster';
              if (isEvent) onPreview(next.id);
            }}
            onRangeChange={onRangeChange}
          />
        </Suspense>
      ) : null}
      {slice.isPending ? <Spinner label="Drawing the timeline…" /> : null}
      {hint && hintedItem ? (
        <ItemHint hint={hint} item={hintedItem} locale={LOCALE} />
      ) : null}
    </div>
  );
}
