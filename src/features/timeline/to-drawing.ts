/**
 * What the timeline draws of a slice, in an interface language: its items,
 * its lanes and where every match lies. The app draws it (timeline-panel.tsx)
 * and so does the page before the app runs (first-drawing.ts): the same
 * inputs give the same drawing, which the app then takes over as it is.
 */
import type { TFunction } from 'i18next';

import type { TimelineSlice } from '@/domain/event';
import type { LaneMode } from '@/domain/view-state';

import { drawnLabel } from './drawn-label';
import type { Extent } from './timeline-widget';
import {
  type DateOf,
  type DrawnItem,
  laneNamer,
  type TimelineGroupModel,
  toDrawnItems,
  toLanes,
} from './to-timeline-items';

export type Drawing = {
  items: DrawnItem[];
  lanes: TimelineGroupModel[];
  extent: Extent | null;
};

export function toDrawing(
  slice: TimelineSlice,
  mode: LaneMode,
  t: TFunction,
  eventDate: DateOf,
  nameOf: (code: string) => string,
): Drawing {
  const items = toDrawnItems(
    slice,
    mode,
    eventDate,
    drawnLabel(mode, t, nameOf),
  );
  return {
    items,
    lanes: toLanes(
      items.map((item) => item.group),
      mode,
      laneNamer(mode, t, nameOf),
    ),
    extent: slice.extent
      ? { start: new Date(slice.extent.start), end: new Date(slice.extent.end) }
      : null,
  };
}
