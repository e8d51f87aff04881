/**
 * The one module that talks to vis-timeline. It owns the widget: creates it
 * once, syncs items, lanes and selection into it in place (so the user's zoom
 * and scroll survive data changes) and destroys it on unmount. StrictMode's
 * mount → unmount → mount is invisible because cleanup undoes setup.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';

import {
  type Ref,
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { DataSet } from 'vis-data/esnext';
import {
  type DataGroup,
  type DataItem,
  Timeline,
  type TimelineOptions,
} from 'vis-timeline/esnext';

import type { ItemWords } from './cluster-text';
import type { View } from './fetch-window';
import {
  createItemContent,
  createLaneContent,
  findItemId,
  ITEM_ID_ATTRIBUTE,
} from './item-content';
import { targetOfKey } from './keyboard-navigation';
import { fitWindow } from './fit-window';
import { diffItems } from './item-diff';
import { outOfView } from './out-of-view';
import type { TimeWindow } from '@/domain/view-state';

import type { ItemHint, TimelineHandle } from './timeline-types';
import type { DrawnItem, TimelineGroupModel } from './to-timeline-items';

export type TimelineViewProps = {
  items: DrawnItem[];
  groups: TimelineGroupModel[];
  /** Where every match lies, when more than the drawn items: Fit all shows it. */
  extent: { start: Date; end: Date } | null;
  /** What the timeline says it holds, for assistive technology. */
  description: string;
  /** The words and the locale items are drawn in. */
  words: ItemWords;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onHint: (hint: ItemHint | null) => void;
  /** The visible window changed (a drag, a wheel, a button). */
  onRangeChange: (view: View) => void;
  /** The first drawing is shown, at its first window. */
  onPlaced: () => void;
  /**
   * The window to show: null fits the items, and fits them again when they
   * change; else that window, until the reader moves it.
   */
  viewWindow: TimeWindow | null;
  /** The reader moved the window, or asked to fit everything again (null). */
  onWindowChange: (window: TimeWindow | null) => void;
  ref?: Ref<TimelineHandle>;
};

const HOUR = 60 * 60 * 1000;
/**
 * The drawing's width when printing. vis-timeline lays items out in pixels
 * for its width, so printing redraws it at this one instead of the screen's;
 * timeline.css prints it at 70% (257mm × 0.7 = 180mm), which fits the print
 * area of A4 and US Letter at print.css's margins.
 */
const PRINT_WIDTH = '257mm';
/** Stacked events closer together on paper, where nobody clicks them. */
const PRINT_MARGIN = { item: { horizontal: 6, vertical: 2 }, axis: 4 };
/**
 * Room for a point's label before any is drawn: CSS caps them at 13.5rem
 * (.tt-item__label, less on a small screen); clusters (drawn unstacked)
 * carry their count inside.
 */
const LABEL_PX = 216;
/** A window the URL gave back (to the minute) is the one shown. */
const SAME_WINDOW_MS = 2 * 60_000;
/** How many of its own moves the view remembers, to know them given back. */
const MOVES_KEPT = 20;

function isSameWindow(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return (
    Math.abs(a.start - b.start) <= SAME_WINDOW_MS &&
    Math.abs(a.end - b.end) <= SAME_WINDOW_MS
  );
}

const BASE_OPTIONS: TimelineOptions = {
  // vis-timeline's own watch redraws once a second whenever the drawing's
  // height changed since it last looked, and the height follows the items:
  // every filter change drew again 1 and 2 s later. The width is watched
  // instead (watchWidth), the height left to the drawing.
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
};

type SelectProperties = { items: (string | number)[] };
type RangeProperties = { start: Date; end: Date; byUser: boolean };
type ItemHoverProperties = { item: string | number | null; event: Event };

function shouldAnimate(): boolean {
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A move to a far window in a few frames: vis-timeline, moved there in one
 * step, leaves items of the old window drawn at its edge (seen with the
 * Baku window over the Hanoi week's items). Quick enough for readers who
 * ask for less motion.
 */
const QUICK_MOVE = { duration: 80, easingFunction: 'linear' } as const;

/**
 * How the reader's moves to another window (a preset, Fit all, a cluster
 * opened, an event brought into view) animate: smoothly, or quickly for
 * less motion. A zoom step or a pan stays near enough to move in one step.
 */
function moveAnimation(): true | typeof QUICK_MOVE {
  return shouldAnimate() ? true : QUICK_MOVE;
}

function findItemElement(
  container: HTMLElement,
  id: string,
): HTMLElement | null {
  return container.querySelector<HTMLElement>(
    `[${ITEM_ID_ATTRIBUTE}="${CSS.escape(id)}"]`,
  );
}

function isInWindow(
  item: DrawnItem,
  window: { start: Date; end: Date },
): boolean {
  return (item.end ?? item.start) >= window.start && item.start <= window.end;
}

/** The width of the part of the timeline where dates are drawn. */
function datesWidthOf(container: HTMLElement): number {
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

function anchorOf(target: EventTarget | null): DOMRect | null {
  if (!(target instanceof Element)) return null;
  return (target.closest('.vis-item') ?? target).getBoundingClientRect();
}

/** A cluster's bucket, with a little room either side once zoomed in. */
function zoomWindowOf(item: DrawnItem): { start: Date; end: Date } {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  const pad = (end - start) / 10;
  return { start: new Date(start - pad), end: new Date(end + pad) };
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

export function TimelineView({
  items,
  groups,
  extent,
  description,
  words,
  selectedId,
  onSelect,
  onHint,
  onRangeChange,
  onPlaced,
  viewWindow,
  onWindowChange,
  ref,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const drawnRef = useRef(new Map<string, DrawnItem>());
  const extentRef = useRef(extent);
  const stackRef = useRef(BASE_OPTIONS.stack);
  const wordsRef = useRef(words);
  const hasFittedRef = useRef(false);
  // The window is the reader's (asked for, or moved since the last fit):
  // new items leave it where it is.
  const isPinnedRef = useRef(viewWindow !== null);
  const viewWindowRef = useRef(viewWindow);
  // The next window change is a button's or a key's: the reader's.
  const byReaderRef = useRef(false);
  // The reader's windows reported and not yet given back as viewWindow: the
  // URL takes one once it rests, and renders it later still, when the reader
  // may have moved on. A window given back is not a move to make.
  const reportedRef = useRef<TimeWindow[]>([]);
  const pendingFocusRef = useRef<string | null>(null);
  const [itemSet] = useState(() => new DataSet<DataItem>());
  const [groupSet] = useState(() => new DataSet<DataGroup>());
  const emitSelect = useEffectEvent(onSelect);
  const emitHint = useEffectEvent(onHint);
  const emitRangeChange = useEffectEvent(onRangeChange);
  const emitPlaced = useEffectEvent(onPlaced);
  // Reported from vis-timeline's events and from Fit all's click, where an
  // effect event cannot be called.
  const onWindowChangeRef = useRef(onWindowChange);
  useEffect(() => {
    onWindowChangeRef.current = onWindowChange;
  }, [onWindowChange]);

  /** Moves the window for the reader (a button, a key, a cluster opened). */
  const moveForReader = useCallback((move: (timeline: Timeline) => void) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    byReaderRef.current = true;
    move(timeline);
  }, []);

  /** Shows every item with its label; false when there is nothing to show. */
  const showAll = useCallback(
    (animation: false | ReturnType<typeof moveAnimation>) => {
      const timeline = timelineRef.current;
      const container = containerRef.current;
      if (!timeline || !container) return false;
      const range = fitWindow(
        [
          ...drawnRef.current.values(),
          ...(extentRef.current ? [extentRef.current] : []),
        ],
        datesWidthOf(container),
        labelRoomOf(container, stackRef.current === true),
      );
      if (!range) return false;
      timeline.setWindow(range.start, range.end, { animation });
      return true;
    },
    [],
  );

  /**
   * The first window: the one asked for, or all the items with their labels;
   * false when there is nothing to show yet. vis-timeline draws its first
   * items at a window of its own, then says so ('changed'); a window set
   * from that event would be drawn over stale items, so it is set after.
   */
  const showFirst = useCallback(() => {
    const timeline = timelineRef.current;
    const asked = viewWindowRef.current;
    const isShown = showAll(false);
    if (!timeline || asked === null || !isShown) return isShown;
    setTimeout(() => {
      if (timelineRef.current !== timeline) return;
      timeline.setWindow(new Date(asked.start), new Date(asked.end), {
        animation: QUICK_MOVE,
      });
    }, 0);
    return true;
  }, [showAll]);

  /** Focuses an item, first bringing it into view if it is not drawn. */
  const focusItem = useCallback((id: string) => {
    const timeline = timelineRef.current;
    const container = containerRef.current;
    const item = drawnRef.current.get(id);
    if (!timeline || !container || !item) return;
    const element = findItemElement(container, id);
    if (element && isInWindow(item, timeline.getWindow())) {
      element.focus();
      return;
    }
    pendingFocusRef.current = id;
    byReaderRef.current = true;
    timeline.moveTo(item.start, { animation: false });
  }, []);

  /**
   * Opening an event (or a stack, which lists its events) selects it;
   * opening a cluster zooms into it.
   */
  const activate = useEffectEvent((id: string) => {
    const item = drawnRef.current.get(id);
    if (item?.kind !== 'cluster') {
      emitSelect(id);
      return;
    }
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection([]);
    const { start, end } = zoomWindowOf(item);
    byReaderRef.current = true;
    timeline.setWindow(start, end, { animation: moveAnimation() });
  });

  /** Tab lands on the open event, or else on the first one in view. */
  const focusEntryItem = useEffectEvent(() => {
    const visible = new Set(timelineRef.current?.getVisibleItems().map(String));
    const order = [...drawnRef.current.keys()];
    const target =
      selectedId !== null && drawnRef.current.has(selectedId)
        ? selectedId
        : (order.find((id) => visible.has(id)) ?? order[0]);
    if (target !== undefined) focusItem(target);
  });

  useEffect(
    function createTimeline() {
      const container = containerRef.current;
      if (!container) return;
      const timeline = new Timeline(container, itemSet, groupSet, {
        ...BASE_OPTIONS,
        template: (data?: { id?: string | number }) => {
          const item = drawnRef.current.get(String(data?.id));
          return item
            ? createItemContent(item, wordsRef.current)
            : document.createElement('span');
        },
      });
      timelineRef.current = timeline;
      hasFittedRef.current = false;
      delete container.dataset.placed;
      stackRef.current = BASE_OPTIONS.stack;

      const handleSelect = (properties?: SelectProperties) => {
        const [id] = properties?.items ?? [];
        if (id === undefined) emitSelect(null);
        else activate(String(id));
      };
      const handleRangeChanged = (properties?: RangeProperties) => {
        if (!properties) return;
        if (properties.byUser || byReaderRef.current) {
          byReaderRef.current = false;
          isPinnedRef.current = true;
          const moved = {
            start: properties.start.getTime(),
            end: properties.end.getTime(),
          };
          reportedRef.current = [...reportedRef.current, moved].slice(
            -MOVES_KEPT,
          );
          onWindowChangeRef.current(moved);
        }
        emitRangeChange({
          start: properties.start.getTime(),
          end: properties.end.getTime(),
          widthPx: datesWidthOf(container),
        });
      };
      const handleItemOver = (properties?: ItemHoverProperties) => {
        const anchor = anchorOf(properties?.event.target ?? null);
        if (properties?.item == null || !anchor) return;
        emitHint({ id: String(properties.item), anchor });
      };
      // Shown once drawn at its first window and still for a frame: what
      // vis-timeline drew before, at a window of its own, and its stacking
      // of the first items would be seen to jump (layout shift).
      let revealFrame = 0;
      const revealWhenStill = () => {
        if ('placed' in container.dataset) return;
        cancelAnimationFrame(revealFrame);
        revealFrame = requestAnimationFrame(() => {
          container.dataset.placed = '';
          emitPlaced();
        });
      };
      // vis-timeline fits the dates of its first items after drawing them
      // ('changed'); this listener, added after its own, fits them with their
      // labels instead.
      const handleChanged = () => {
        // Also right after the first fit: a fit that leaves the window as it
        // was draws nothing more, and says nothing more.
        if (!hasFittedRef.current) hasFittedRef.current = showFirst();
        if (hasFittedRef.current) revealWhenStill();
        const pending = pendingFocusRef.current;
        const element =
          pending === null ? null : findItemElement(container, pending);
        if (element) {
          pendingFocusRef.current = null;
          element.focus();
        }
      };
      const handleHintEnd = () => {
        emitHint(null);
      };
      const handleFocusIn = (event: FocusEvent) => {
        if (event.target === container) {
          focusEntryItem();
          return;
        }
        const id = findItemId(event.target);
        const anchor = anchorOf(event.target);
        if (id && anchor) emitHint({ id, anchor });
      };
      const handleKeyDown = (event: KeyboardEvent) => {
        const id = findItemId(event.target);
        if (id && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          activate(id);
          return;
        }
        const target = targetOfKey([...drawnRef.current.keys()], id, event.key);
        if (target === null) return;
        event.preventDefault();
        focusItem(target);
      };
      timeline.on('changed', handleChanged);
      timeline.on('select', handleSelect);
      timeline.on('itemover', handleItemOver);
      timeline.on('itemout', handleHintEnd);
      timeline.on('rangechange', handleHintEnd);
      timeline.on('rangechanged', handleRangeChanged);
      container.addEventListener('focusin', handleFocusIn);
      container.addEventListener('focusout', handleHintEnd);
      container.addEventListener('keydown', handleKeyDown);

      return function destroyTimeline() {
        container.removeEventListener('focusin', handleFocusIn);
        container.removeEventListener('focusout', handleHintEnd);
        container.removeEventListener('keydown', handleKeyDown);
        cancelAnimationFrame(revealFrame);
        timeline.off('changed', handleChanged);
        timeline.off('select', handleSelect);
        timeline.off('itemover', handleItemOver);
        timeline.off('itemout', handleHintEnd);
        timeline.off('rangechange', handleHintEnd);
        timeline.off('rangechanged', handleRangeChanged);
        timeline.destroy();
        timelineRef.current = null;
      };
    },
    [itemSet, groupSet, showFirst, focusItem],
  );

  useEffect(() => {
    extentRef.current = extent;
  }, [extent]);

  useEffect(
    function redrawInNewWords() {
      if (wordsRef.current === words) return;
      wordsRef.current = words;
      itemSet.update([...drawnRef.current.values()].map(toDataItem));
    },
    [words, itemSet],
  );

  useEffect(function watchWidth() {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    let width = container.clientWidth;
    const observer = new ResizeObserver(() => {
      if (container.clientWidth === width) return;
      width = container.clientWidth;
      timelineRef.current?.redraw();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
    };
  }, []);

  useEffect(function redrawForPaper() {
    const container = containerRef.current;
    if (!container) return;
    // The printout is laid out as soon as 'beforeprint' returns, before the
    // next frame, when timeline.redraw() would draw. A window resize makes
    // vis-timeline redraw at once, if it watches its size and finds it
    // changed: it watches for as long as the printout lasts.
    const handleBeforePrint = () => {
      timelineRef.current?.setOptions({
        autoResize: true,
        margin: PRINT_MARGIN,
      });
      container.style.width = PRINT_WIDTH;
      window.dispatchEvent(new Event('resize'));
    };
    const handleAfterPrint = () => {
      container.style.width = '';
      window.dispatchEvent(new Event('resize'));
      timelineRef.current?.setOptions({
        autoResize: false,
        margin: BASE_OPTIONS.margin,
      });
    };
    window.addEventListener('beforeprint', handleBeforePrint);
    window.addEventListener('afterprint', handleAfterPrint);
    return function redrawForScreen() {
      window.removeEventListener('beforeprint', handleBeforePrint);
      window.removeEventListener('afterprint', handleAfterPrint);
    };
  }, []);

  useEffect(
    function syncGroups() {
      const nextIds = new Set<string>(groups.map((group) => group.id));
      groupSet.remove(
        groupSet.getIds().filter((id) => !nextIds.has(String(id))),
      );
      groupSet.update(groups.map(toDataGroup));
    },
    [groups, groupSet],
  );

  useEffect(
    function syncItems() {
      const drawnBefore = drawnRef.current;
      const { upsert, remove } = diffItems(drawnBefore, items);
      // The template reads the models, so they change before the data set.
      drawnRef.current = new Map(items.map((item) => [item.id, item]));
      // Clusters fill their buckets edge to edge: stacked, each would take a
      // row of its own; they never overlap, so they are not stacked.
      const stack = !items.some((item) => item.kind === 'cluster');
      if (stack !== stackRef.current) {
        stackRef.current = stack;
        timelineRef.current?.setOptions({ stack });
      }
      // Fitted to the events, the window fits the new ones. It moves first,
      // so that vis-timeline draws them once, there, with room for the
      // labels drawn so far; again after, only if a new one is wider.
      const container = containerRef.current;
      const isFitted = hasFittedRef.current && !isPinnedRef.current;
      const room = isFitted && container ? labelRoomOf(container, stack) : 0;
      if (isFitted) showAll(false);
      itemSet.remove(remove);
      // Each change of the data set redraws at once. A new item is added
      // out of view and then moved in, so that the new ones are measured
      // together (out-of-view.ts); a changed one is redrawn in place.
      const shown = timelineRef.current?.getWindow();
      if (shown) {
        const added = upsert.filter((item) => !drawnBefore.has(item.id));
        itemSet.add(added.map((item) => toDataItem(outOfView(item, shown))));
      }
      itemSet.update(upsert.map(toDataItem));
      if (isFitted && container && labelRoomOf(container, stack) > room) {
        showAll(false);
      }
    },
    [items, itemSet, showAll],
  );

  const askedStart = viewWindow?.start ?? null;
  const askedEnd = viewWindow?.end ?? null;
  useEffect(
    function followViewWindow() {
      const asked =
        askedStart === null || askedEnd === null
          ? null
          : { start: askedStart, end: askedEnd };
      viewWindowRef.current = asked;
      const timeline = timelineRef.current;
      if (!timeline || !hasFittedRef.current) return;
      if (asked === null) {
        // Back to a view that fits its events (Back, a link, Fit all).
        if (isPinnedRef.current) {
          isPinnedRef.current = false;
          showAll(false);
        }
        return;
      }
      isPinnedRef.current = true;
      const reported = reportedRef.current;
      const givenBack = reported.findIndex((moved) =>
        isSameWindow(moved, asked),
      );
      // The reader's own move: shown already, or moved on from since.
      reportedRef.current =
        givenBack === -1 ? [] : reported.slice(givenBack + 1);
      if (givenBack !== -1) return;
      const shown = timeline.getWindow();
      if (
        isSameWindow(
          { start: shown.start.getTime(), end: shown.end.getTime() },
          asked,
        )
      ) {
        return;
      }
      timeline.setWindow(new Date(asked.start), new Date(asked.end), {
        animation: QUICK_MOVE,
      });
    },
    [askedStart, askedEnd, showAll],
  );

  useEffect(
    function syncSelection() {
      const timeline = timelineRef.current;
      if (!timeline) return;
      const selected =
        selectedId === null ? undefined : drawnRef.current.get(selectedId);
      const next = selected ? [selected.id] : [];
      const current = timeline.getSelection().map(String);
      if (current.join() === next.join()) return;
      timeline.setSelection(next);
      // Before its first window is placed, vis-timeline moved elsewhere
      // leaves items of the first drawing at the new window's edge; the
      // first window shows the selection anyway (all items, or the link's).
      if (
        selected &&
        hasFittedRef.current &&
        !isInWindow(selected, timeline.getWindow())
      ) {
        byReaderRef.current = true;
        timeline.moveTo(selected.start, { animation: moveAnimation() });
      }
    },
    [selectedId, items, itemSet],
  );

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => {
        moveForReader((timeline) => {
          timeline.zoomIn(0.5, { animation: shouldAnimate() });
        });
      },
      zoomOut: () => {
        moveForReader((timeline) => {
          timeline.zoomOut(0.5, { animation: shouldAnimate() });
        });
      },
      fit: () => {
        isPinnedRef.current = false;
        reportedRef.current = [];
        showAll(moveAnimation());
        onWindowChangeRef.current(null);
      },
      pan: (fraction) => {
        moveForReader((timeline) => {
          const { start, end } = timeline.getWindow();
          const shift = (end.getTime() - start.getTime()) * fraction;
          timeline.setWindow(
            new Date(start.getTime() + shift),
            new Date(end.getTime() + shift),
            { animation: shouldAnimate() },
          );
        });
      },
      showRange: (start, end) => {
        moveForReader((timeline) => {
          timeline.setWindow(start, end, { animation: moveAnimation() });
        });
      },
      focusItem,
    }),
    [showAll, focusItem, moveForReader],
  );

  return (
    <div
      ref={containerRef}
      className="tt-timeline"
      role="group"
      tabIndex={0}
      aria-label={description}
    />
  );
}
