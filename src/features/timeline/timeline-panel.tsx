import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Spinner } from '@/components/status';
import type { TimelineSlice } from '@/domain/event';
import type { Filters } from '@/domain/filters';
import type { LaneMode, TimeWindow } from '@/domain/view-state';
import { useEventDates } from '@/i18n/use-event-dates';
import { useLocale } from '@/i18n/use-locale';

import { ItemHint } from './item-hint';
import { StackList } from './stack-list';
import { TimelineLegend } from './timeline-legend';
import { isStackId, type StackItemModel } from './stacks';
import { TimelineToolbar } from './timeline-toolbar';
import { TimelineView } from './timeline-view';
import type { ItemHint as Hint, TimelineHandle } from './timeline-types';
import { type Drawing, toDrawing } from './to-drawing';
import { type DrawnItem, drawnTypes } from './to-timeline-items';
import { useTimelineSlice } from './use-timeline-slice';

export type TimelinePanelProps = {
  filters: Filters;
  /** The window the view state asks for; null fits the events. */
  viewWindow: TimeWindow | null;
  /** The reader moved the window (null: back to fitting the events). */
  onWindowChange: (window: TimeWindow | null) => void;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  nameOf: (code: string) => string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The pointer or keyboard is on an event: a chance to fetch its details. */
  onPreview: (id: string) => void;
  /** The first drawing is on screen: what waited for it may load. */
  onDrawn: () => void;
};

function describe(slice: TimelineSlice, t: TFunction): string {
  return slice.clusters.length > 0
    ? t('timeline.clustered', {
        count: slice.total,
        groups: slice.clusters.length,
      })
    : t('timeline.description', { count: slice.total });
}

const NOTHING_DRAWN: Drawing = { items: [], lanes: [], extent: null };

/** The stack drawn with the event in it, if the event is in one. */
function stackHolding(
  items: readonly DrawnItem[],
  id: string,
): StackItemModel | undefined {
  return items.find(
    (item): item is StackItemModel =>
      item.kind === 'stack' && item.events.some((event) => event.id === id),
  );
}

/**
 * The drawn timeline of the filtered events, with its toolbar, its key, the
 * hover/focus date hint, and the list of a stack's events while one is open.
 * It fetches what it draws (the slice around its window), and draws nothing
 * when no event matches: the page says so. Prerendered, its drawing is
 * an empty element that the page draws in before the app runs
 * (first-drawing.ts), and the app takes over.
 */
export function TimelinePanel({
  filters,
  viewWindow,
  onWindowChange,
  lanes,
  onLanesChange,
  nameOf,
  selectedId,
  onSelect,
  onPreview,
  onDrawn,
}: TimelinePanelProps) {
  const { t } = useTranslation();
  const { slice, onRangeChange } = useTimelineSlice(filters, lanes);
  const locale = useLocale();
  const { eventDate } = useEventDates();
  const words = useMemo(() => ({ t, locale }), [t, locale]);
  const timeline = useRef<TimelineHandle>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const [openStackId, setOpenStackId] = useState<string | null>(null);
  const { data } = slice;
  const drawing = useMemo(
    () => (data ? toDrawing(data, lanes, t, eventDate, nameOf) : NOTHING_DRAWN),
    [data, lanes, t, eventDate, nameOf],
  );
  const { items } = drawing;
  const hintedItem = hint
    ? items.find((item) => item.id === hint.id)
    : undefined;
  // Gone from the drawing (another filter, another window): closed.
  const openStack = items.find(
    (item): item is StackItemModel =>
      item.kind === 'stack' && item.id === openStackId,
  );
  // The open stack is what the timeline shows chosen; else the open event,
  // or the stack it is drawn in.
  const shownId =
    openStack?.id ??
    (selectedId === null
      ? null
      : (stackHolding(items, selectedId)?.id ?? selectedId));
  const choose = (id: string | null) => {
    if (id !== null && isStackId(id)) {
      setOpenStackId(id);
      return;
    }
    setOpenStackId(null);
    onSelect(id);
  };
  const closeStack = () => {
    setOpenStackId(null);
    if (openStack) timeline.current?.focusItem(openStack.id);
  };

  const isEmpty = data?.total === 0;
  useEffect(() => {
    // Nothing to draw is drawn, for what waits for the drawing.
    if (isEmpty) onDrawn();
  }, [isEmpty, onDrawn]);

  if (isEmpty) return null;
  return (
    <div className="tt-timeline-panel">
      <TimelineToolbar
        timeline={timeline}
        lanes={lanes}
        onLanesChange={onLanesChange}
      />
      {data ? (
        <TimelineView
          ref={timeline}
          items={items}
          groups={drawing.lanes}
          extent={drawing.extent}
          description={describe(data, t)}
          words={words}
          selectedId={shownId}
          onSelect={choose}
          onHint={(next) => {
            setHint(next);
            const kind = next
              ? items.find((item) => item.id === next.id)?.kind
              : undefined;
            if (next && kind !== 'cluster' && kind !== 'stack') {
              onPreview(next.id);
            }
          }}
          onRangeChange={onRangeChange}
          onPlaced={onDrawn}
          viewWindow={viewWindow}
          onWindowChange={onWindowChange}
        />
      ) : null}
      {slice.isPending ? <Spinner label={t('timeline.drawing')} /> : null}
      {items.length > 0 ? <TimelineLegend types={drawnTypes(items)} /> : null}
      {openStack ? (
        <StackList
          stack={openStack}
          selectedId={selectedId}
          onSelect={onSelect}
          onPreview={onPreview}
          onClose={closeStack}
        />
      ) : null}
      {hint && hintedItem ? <ItemHint hint={hint} item={hintedItem} /> : null}
    </div>
  );
}
