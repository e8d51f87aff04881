import { lazy, Suspense, useMemo, useRef, useState } from 'react';

import { type EventSummary } from '@/domain/event';
import { type LaneMode } from '@/domain/filters';
import { Spinner } from '@/components/status';

import { ItemHint } from './item-hint';
import { TimelineToolbar } from './timeline-toolbar';
import { type ItemHint as Hint, type TimelineHandle } from './timeline-types';
import { toLanes, toTimelineItems } from './to-timeline-items';

const TimelineView = lazy(() =>
  import('./timeline-view').then((module) => ({
    default: module.TimelineView,
  })),
);

export type TimelinePanelProps = {
  events: EventSummary[];
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  nameOf: (code: string) => string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The pointer or keyboard is on an event: a chance to fetch its details. */
  onPreview: (id: string) => void;
};

/** The drawn timeline with its toolbar and the hover/focus date hint. */
export function TimelinePanel({
  events,
  lanes,
  onLanesChange,
  nameOf,
  selectedId,
  onSelect,
  onPreview,
}: TimelinePanelProps) {
  const timeline = useRef<TimelineHandle>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const items = useMemo(() => toTimelineItems(events, lanes), [events, lanes]);
  const groups = useMemo(
    () => toLanes(events, lanes, nameOf),
    [events, lanes, nameOf],
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
      <Suspense fallback={<Spinner label="Drawing the timeline…" />}>
        <TimelineView
          ref={timeline}
          items={items}
          groups={groups}
          selectedId={selectedId}
          onSelect={onSelect}
          onHint={(next) => {
            setHint(next);
            if (next) onPreview(next.id);
          }}
        />
      </Suspense>
      {hint && hintedItem ? <ItemHint hint={hint} item={hintedItem} /> : null}
    </div>
  );
}
