import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage, Spinner } from '@/components/status';
import type { TimelineSlice } from '@/domain/event';
import type { LaneMode } from '@/domain/filters';
import { useEventDates } from '@/i18n/use-event-dates';
import { useLocale } from '@/i18n/use-locale';

import type { View } from './fetch-window';
import { ItemHint } from './item-hint';
import { TimelineToolbar } from './timeline-toolbar';
import type { ItemHint as Hint, TimelineHandle } from './timeline-types';
import { laneNamer, toDrawnItems, toLanes } from './to-timeline-items';

const TimelineView = lazy(() =>
  import('./timeline-view').then((module) => ({
    default: module.TimelineView,
  })),
);

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

function describe(slice: TimelineSlice, t: TFunction): string {
  return slice.clusters.length > 0
    ? t('timeline.clustered', {
        count: slice.total,
        groups: slice.clusters.length,
      })
    : t('timeline.description', { count: slice.total });
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
  const { t } = useTranslation();
  const locale = useLocale();
  const { eventDate } = useEventDates();
  const words = useMemo(() => ({ t, locale }), [t, locale]);
  const timeline = useRef<TimelineHandle>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const { data } = slice;
  const items = useMemo(
    () => (data ? toDrawnItems(data, lanes, eventDate) : []),
    [data, lanes, eventDate],
  );
  const groups = useMemo(
    () =>
      toLanes(
        items.map((item) => item.group),
        lanes,
        laneNamer(lanes, t, nameOf),
      ),
    [items, lanes, t, nameOf],
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
          title={data ? t('timeline.redrawFailed') : t('timeline.loadFailed')}
          error={slice.error}
          onRetry={() => void slice.refetch()}
          isRetrying={slice.isFetching}
        />
      ) : null}
      {data ? (
        <Suspense fallback={<Spinner label={t('timeline.drawing')} />}>
          <TimelineView
            ref={timeline}
            items={items}
            groups={groups}
            extent={extent}
            description={describe(data, t)}
            words={words}
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
      {slice.isPending ? <Spinner label={t('timeline.drawing')} /> : null}
      {hint && hintedItem ? <ItemHint hint={hint} item={hintedItem} /> : null}
    </div>
  );
}
