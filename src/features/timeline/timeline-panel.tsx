import { lazy, Suspense, useMemo, useRef, useState } from 'react';

import { type EventSummary } from '@/domain/event';
import { Spinner } from '@/components/status';

import { ItemHint } from './item-hint';
import { TimelineToolbar } from './timeline-toolbar';
import { type ItemHint as Hint, type TimelineHandle } from './timeline-types';
import { toTimelineItems, toTypeLanes } from './to-timeline-items';

const TimelineView = lazy(() =>
  import('./timeline-view').then((module) => ({
    default: module.TimelineView,
  })),
);

export type TimelinePanelProps = {
  events: EventSummary[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
};

/** The drawn timeline with its toolbar and the hover/focus date hint. */
export function TimelinePanel({
  events,
  selectedId,
  onSelect,
}: TimelinePanelProps) {
  const timeline = useRef<TimelineHandle>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const items = useMemo(() => toTimelineItems(events), [events]);
  const groups = useMemo(() => toTypeLanes(events), [events]);
  const hintedItem = hint
    ? items.find((item) => item.id === hint.id)
    : undefined;

  return (
    <div className="tt-timeline-panel">
      <TimelineToolbar timeline={timeline} />
      <Suspense fallback={<Spinner label="Drawing the timeline…" />}>
        <TimelineView
          ref={timeline}
          items={items}
          groups={groups}
          selectedId={selectedId}
          onSelect={onSelect}
          onHint={setHint}
        />
      </Suspense>
      {hint && hintedItem ? <ItemHint hint={hint} item={hintedItem} /> : null}
    </div>
  );
}
