/**
 * The vis-timeline widget and what it draws, without React: created, filled
 * and fitted the same way whether the page draws it before the app runs
 * (first-drawing.ts) or the app does (timeline-view.tsx), so that the app
 * can take over a drawing made before it without drawing it again.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';

import { DataSet } from 'vis-data/esnext';
import {
  type DataGroup,
  type DataItem,
  Timeline,
  type TimelineAnimationOptions,
  type TimelineOptions,
} from 'vis-timeline/esnext';

import type { ItemWords } from './cluster-text';
import { fitWindow } from './fit-window';
import { createItemContent, createLaneContent } from './item-content';
import { diffItems } from './item-diff';
import { outOfView } from './out-of-view';
import type { DrawnItem, TimelineGroupModel } from './to-timeline-items';

const HOUR = 60 * 60 * 1000;
/**
 * Room for a point's label before any is drawn: CSS caps them at 13.5rem
 * (.tt-item__label, less on a small screen); clusters (drawn unstacked)
 * carry their count inside.
 */
const LABEL_PX = 216;

export const BASE_OPTIONS = {
  // vis-timeline's own watch redraws once a second whenever the drawing's
  // height changed since it last looked, and the height follows the items:
  // every filter change drew again 1 and 2 s later. The width is watched
  // instead (timeline-view.tsx), the height left to the drawing.
  autoResize: false,
  orientation: { axis: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: 6 * HOUR,
  zoomMax: 100 * 365 * 24 * HOUR,
  groupOrder: 'order',
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
  minHeight: 260,
} satisfies TimelineOptions;

/** Where every match lies, when more than the drawn items. */
export type Extent = { start: Date; end: Date };

export type TimelineWidget = {
  readonly container: HTMLElement;
  readonly timeline: Timeline;
  readonly itemSet: DataSet<DataItem>;
  readonly groupSet: DataSet<DataGroup>;
  /** The models drawn, by id, in their order: the template draws from them. */
  drawn: ReadonlyMap<string, DrawnItem>;
  /** The lanes drawn, by id. */
  lanes: ReadonlyMap<string, TimelineGroupModel>;
  /** The words and the locale items are drawn in. */
  words: ItemWords;
  /** Items are stacked, unless clusters are drawn. */
  stack: boolean;
};

/** The part of the timeline where dates are drawn is this wide. */
export function datesWidthOf(container: HTMLElement): number {
  const center = container.querySelector('.vis-panel.vis-center');
  return center?.clientWidth ?? container.clientWidth;
}

/**
 * Room after the last item for its label: the widest drawn, or LABEL_PX
 * before any is; none for clusters, which are not stacked and carry their
 * count inside.
 */
function labelRoomOf(container: HTMLElement, isStacked: boolean): number {
  if (!isStacked) return 0;
  const widths = Array.from(
    container.querySelectorAll<HTMLElement>('.tt-item__label'),
    (label) => label.offsetWidth,
  );
  return Math.max(0, ...widths) || LABEL_PX;
}

function toDataItem(item: DrawnItem): DataItem {
  if (item.kind === 'cluster') {
    return {
      id: item.id,
      group: item.group,
      start: item.start,
      end: item.end,
      type: 'range',
      content: '',
      className: 'tt-cluster',
    };
  }
  if (item.kind === 'stack') {
    return {
      id: item.id,
      group: item.group,
      start: item.start,
      ...(item.end ? { end: item.end } : {}),
      type: item.drawnAs === 'point' ? 'point' : 'range',
      content: '',
      className: `tt-item tt-stack tt-type-${item.type ?? 'mixed'} tt-item--${item.drawnAs}`,
    };
  }
  return {
    id: item.id,
    group: item.group,
    start: item.start,
    ...(item.end ? { end: item.end } : {}),
    type: item.kind === 'point' ? 'point' : 'range',
    // Drawn by the `template` option as DOM text; never parsed as HTML.
    content: item.label,
    className: `tt-item tt-type-${item.type} tt-item--${item.kind} tt-item--${item.verification}`,
  };
}

function toDataGroup(group: TimelineGroupModel): DataGroup {
  // vis reads `order` (the groupOrder option), which DataGroup's typings omit.
  const data = {
    id: group.id,
    content: createLaneContent(group.label),
    order: group.order,
  };
  return data;
}

/** A new widget in `container`, drawing nothing yet. */
export function createTimelineWidget(
  container: HTMLElement,
  words: ItemWords,
): TimelineWidget {
  const itemSet = new DataSet<DataItem>();
  const groupSet = new DataSet<DataGroup>();
  const widget: TimelineWidget = {
    container,
    itemSet,
    groupSet,
    drawn: new Map(),
    lanes: new Map(),
    words,
    stack: BASE_OPTIONS.stack,
    timeline: new Timeline(container, itemSet, groupSet, {
      ...BASE_OPTIONS,
      template: (data?: { id?: string | number }) => {
        const item = widget.drawn.get(String(data?.id));
        return item
          ? createItemContent(item, widget.words)
          : document.createElement('span');
      },
    }),
  };
  return widget;
}

/** Draws `lanes`: the ones gone removed, the new and the renamed drawn. */
export function syncLanes(
  widget: TimelineWidget,
  lanes: readonly TimelineGroupModel[],
): void {
  const before = widget.lanes;
  widget.lanes = new Map(lanes.map((lane) => [lane.id, lane]));
  widget.groupSet.remove(
    [...before.keys()].filter((id) => !widget.lanes.has(id)),
  );
  widget.groupSet.update(
    lanes
      .filter((lane) => {
        const drawn = before.get(lane.id);
        return drawn?.label !== lane.label || drawn.order !== lane.order;
      })
      .map(toDataGroup),
  );
}

/**
 * Shows every item (and `extent`) with its label; false when there is
 * nothing to show.
 */
export function fitAll(
  widget: TimelineWidget,
  extent: Extent | null,
  animation: TimelineAnimationOptions['animation'],
): boolean {
  const range = fitWindow(
    [...widget.drawn.values(), ...(extent ? [extent] : [])],
    datesWidthOf(widget.container),
    labelRoomOf(widget.container, widget.stack),
  );
  if (!range) return false;
  widget.timeline.setWindow(range.start, range.end, { animation });
  return true;
}

/**
 * Draws `items`: the gone removed, the changed redrawn in place, the new
 * drawn together. `fit`, given when the window fits the items, moves it
 * first, so that the new ones are drawn once, there, with room for the
 * labels drawn so far; and again after, only if a new label is wider.
 */
export function syncItems(
  widget: TimelineWidget,
  items: readonly DrawnItem[],
  fit: (() => void) | null,
): void {
  const drawnBefore = widget.drawn;
  const { upsert, remove } = diffItems(drawnBefore, items);
  // The template reads the models, so they change before the data set.
  widget.drawn = new Map(items.map((item) => [item.id, item]));
  // Clusters fill their buckets edge to edge: stacked, each would take a
  // row of its own; they never overlap, so they are not stacked.
  const stack = !items.some((item) => item.kind === 'cluster');
  if (stack !== widget.stack) {
    widget.stack = stack;
    widget.timeline.setOptions({ stack });
  }
  const room = fit ? labelRoomOf(widget.container, stack) : 0;
  fit?.();
  widget.itemSet.remove(remove);
  // Each change of the data set redraws at once. A new item is added out
  // of view and then moved in, so that the new ones are measured together
  // (out-of-view.ts); a changed one is redrawn in place.
  const shown = widget.timeline.getWindow();
  const added = upsert.filter((item) => !drawnBefore.has(item.id));
  widget.itemSet.add(added.map((item) => toDataItem(outOfView(item, shown))));
  widget.itemSet.update(upsert.map(toDataItem));
  if (fit && labelRoomOf(widget.container, stack) > room) fit();
}

/** Draws every item again, as the widget's words now say them. */
export function redrawItems(widget: TimelineWidget): void {
  widget.itemSet.update([...widget.drawn.values()].map(toDataItem));
}

/** Whether the drawing is shown, placed at its first window. */
export function isPlaced(widget: TimelineWidget): boolean {
  return 'placed' in widget.container.dataset;
}

/**
 * Shows the drawing once it is placed at its first window, by `placeFirst`
 * (true once placed), and still for a frame: what vis-timeline drew before,
 * at a window of its own, and its stacking of the first items would be
 * seen to jump (layout shift). vis-timeline fits the dates of its first
 * items after drawing them ('changed'); this listener, added after its own,
 * places them as `placeFirst` says instead. Returns what stops it: stopped
 * once placed, before that frame has come, it shows the drawing at once
 * without `onShown`, since nothing would say it was placed again (the app
 * taking over the first drawing finds it placed, and says so itself).
 */
export function showWhenPlaced(
  widget: TimelineWidget,
  placeFirst: () => boolean,
  onShown: () => void,
): () => void {
  const { container, timeline } = widget;
  let isFitted = false;
  let frame: number | null = null;
  const show = () => {
    frame = null;
    container.dataset.placed = '';
  };
  const handleChanged = () => {
    if (isPlaced(widget)) return;
    // Also right after the first fit: a fit that leaves the window as it
    // was draws nothing more, and says nothing more.
    if (!isFitted) isFitted = placeFirst();
    if (!isFitted) return;
    if (frame !== null) cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      show();
      onShown();
    });
  };
  timeline.on('changed', handleChanged);
  return () => {
    timeline.off('changed', handleChanged);
    if (frame === null) return;
    cancelAnimationFrame(frame);
    show();
  };
}
