/**
 * The React side of the vis-timeline widget (timeline-widget.ts): creates it
 * once, or takes over the one the page drew before the app ran
 * (first-drawing.ts), syncs items, lanes and selection into it in place (so
 * the user's zoom and scroll survive data changes) and destroys it on
 * unmount. StrictMode's mount → unmount → mount is invisible because cleanup
 * undoes setup.
 */
import {
  type Ref,
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
} from 'react';
import type { Timeline } from 'vis-timeline/esnext';

import type { ItemWords } from './cluster-text';
import type { View } from './fetch-window';
import { takeFirstDrawing } from './first-drawing';
import { findItemId, ITEM_ID_ATTRIBUTE } from './item-content';
import { targetOfKey } from './keyboard-navigation';
import type { TimeWindow } from '@/domain/view-state';

import type { ItemHint, TimelineHandle } from './timeline-types';
import {
  BASE_OPTIONS,
  createTimelineWidget,
  datesWidthOf,
  type Extent,
  fitAll,
  isPlaced,
  redrawItems,
  showWhenPlaced,
  syncItems,
  syncLanes,
  type TimelineWidget,
} from './timeline-widget';
import type { DrawnItem, TimelineGroupModel } from './to-timeline-items';

export type TimelineViewProps = {
  items: DrawnItem[];
  groups: TimelineGroupModel[];
  /** Where every match lies, when more than the drawn items: Fit all shows it. */
  extent: Extent | null;
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

/**
 * The drawing's width when printing. vis-timeline lays items out in pixels
 * for its width, so printing redraws it at this one instead of the screen's;
 * timeline.css prints it at 70% (257mm × 0.7 = 180mm), which fits the print
 * area of A4 and US Letter at print.css's margins.
 */
const PRINT_WIDTH = '257mm';
/** Stacked events closer together on paper, where nobody clicks them. */
const PRINT_MARGIN = { item: { horizontal: 6, vertical: 2 }, axis: 4 };
/** A window the URL gave back (to the minute) is the one shown. */
const SAME_WINDOW_MS = 2 * 60_000;
/** How many of its own moves the view remembers, to know them given back. */
const MOVES_KEPT = 20;
/**
 * The element's children are vis-timeline's, not React's: hydrating a
 * drawing made before the app (first-drawing.ts), React leaves them.
 */
const NOT_REACTS = { __html: '' };

function isSameWindow(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return (
    Math.abs(a.start - b.start) <= SAME_WINDOW_MS &&
    Math.abs(a.end - b.end) <= SAME_WINDOW_MS
  );
}

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
  const widgetRef = useRef<TimelineWidget | null>(null);
  const extentRef = useRef(extent);
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
    const timeline = widgetRef.current?.timeline;
    if (!timeline) return;
    byReaderRef.current = true;
    move(timeline);
  }, []);

  /** Shows every item with its label; false when there is nothing to show. */
  const showAll = useCallback(
    (animation: false | ReturnType<typeof moveAnimation>) => {
      const widget = widgetRef.current;
      return widget ? fitAll(widget, extentRef.current, animation) : false;
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
    const timeline = widgetRef.current?.timeline;
    const asked = viewWindowRef.current;
    const isShown = showAll(false);
    if (!timeline || asked === null || !isShown) return isShown;
    setTimeout(() => {
      if (widgetRef.current?.timeline !== timeline) return;
      timeline.setWindow(new Date(asked.start), new Date(asked.end), {
        animation: QUICK_MOVE,
      });
    }, 0);
    return true;
  }, [showAll]);

  /** Focuses an item, first bringing it into view if it is not drawn. */
  const focusItem = useCallback((id: string) => {
    const widget = widgetRef.current;
    const item = widget?.drawn.get(id);
    if (!widget || !item) return;
    const element = findItemElement(widget.container, id);
    if (element && isInWindow(item, widget.timeline.getWindow())) {
      element.focus();
      return;
    }
    pendingFocusRef.current = id;
    byReaderRef.current = true;
    widget.timeline.moveTo(item.start, { animation: false });
  }, []);

  /**
   * Opening an event (or a stack, which lists its events) selects it;
   * opening a cluster zooms into it.
   */
  const activate = useEffectEvent((id: string) => {
    const widget = widgetRef.current;
    const item = widget?.drawn.get(id);
    if (item?.kind !== 'cluster') {
      emitSelect(id);
      return;
    }
    if (!widget) return;
    widget.timeline.setSelection([]);
    const { start, end } = zoomWindowOf(item);
    byReaderRef.current = true;
    widget.timeline.setWindow(start, end, { animation: moveAnimation() });
  });

  /** Tab lands on the open event, or else on the first one in view. */
  const focusEntryItem = useEffectEvent(() => {
    const widget = widgetRef.current;
    if (!widget) return;
    const visible = new Set(widget.timeline.getVisibleItems().map(String));
    const order = [...widget.drawn.keys()];
    const target =
      selectedId !== null && widget.drawn.has(selectedId)
        ? selectedId
        : (order.find((id) => visible.has(id)) ?? order[0]);
    if (target !== undefined) focusItem(target);
  });

  useEffect(
    function createTimeline() {
      const container = containerRef.current;
      if (!container) return;
      // The page's own drawing (the prerendered view), else a new one.
      const drawnBefore = takeFirstDrawing(container);
      const widget =
        drawnBefore ?? createTimelineWidget(container, wordsRef.current);
      const { timeline } = widget;
      widgetRef.current = widget;
      hasFittedRef.current = isPlaced(widget);
      const stopShowing = hasFittedRef.current
        ? () => undefined
        : showWhenPlaced(
            widget,
            () => {
              hasFittedRef.current = showFirst();
              return hasFittedRef.current;
            },
            () => {
              emitPlaced();
            },
          );

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
      // Focus waits for the item it asked to bring into view to be drawn.
      const handleChanged = () => {
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
        const target = targetOfKey([...widget.drawn.keys()], id, event.key);
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
      if (drawnBefore && hasFittedRef.current) {
        // Placed before the app ran: what its placing said is said now.
        const shown = timeline.getWindow();
        handleRangeChanged({ ...shown, byUser: false });
        emitPlaced();
      }

      return function destroyTimeline() {
        container.removeEventListener('focusin', handleFocusIn);
        container.removeEventListener('focusout', handleHintEnd);
        container.removeEventListener('keydown', handleKeyDown);
        stopShowing();
        timeline.off('changed', handleChanged);
        timeline.off('select', handleSelect);
        timeline.off('itemover', handleItemOver);
        timeline.off('itemout', handleHintEnd);
        timeline.off('rangechange', handleHintEnd);
        timeline.off('rangechanged', handleRangeChanged);
        timeline.destroy();
        delete container.dataset.placed;
        widgetRef.current = null;
      };
    },
    [showFirst, focusItem],
  );

  useEffect(() => {
    extentRef.current = extent;
  }, [extent]);

  useEffect(
    function redrawInNewWords() {
      wordsRef.current = words;
      const widget = widgetRef.current;
      if (!widget) return;
      // Another language has another locale. A drawing made before the app
      // ran is in the app's first language already: it is not drawn again.
      const isRedrawn = widget.words.locale !== words.locale;
      widget.words = words;
      if (isRedrawn) redrawItems(widget);
    },
    [words],
  );

  useEffect(function watchWidth() {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    let width = container.clientWidth;
    const observer = new ResizeObserver(() => {
      if (container.clientWidth === width) return;
      width = container.clientWidth;
      widgetRef.current?.timeline.redraw();
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
      widgetRef.current?.timeline.setOptions({
        autoResize: true,
        margin: PRINT_MARGIN,
      });
      container.style.width = PRINT_WIDTH;
      window.dispatchEvent(new Event('resize'));
    };
    const handleAfterPrint = () => {
      container.style.width = '';
      window.dispatchEvent(new Event('resize'));
      widgetRef.current?.timeline.setOptions({
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
    function drawLanes() {
      const widget = widgetRef.current;
      if (widget) syncLanes(widget, groups);
    },
    [groups],
  );

  useEffect(
    function drawItems() {
      const widget = widgetRef.current;
      if (!widget) return;
      // Fitted to the events, the window fits the new ones.
      const isFitted = hasFittedRef.current && !isPinnedRef.current;
      syncItems(
        widget,
        items,
        isFitted
          ? () => {
              showAll(false);
            }
          : null,
      );
    },
    [items, showAll],
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
      const timeline = widgetRef.current?.timeline;
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
      const widget = widgetRef.current;
      if (!widget) return;
      const { timeline } = widget;
      const selected =
        selectedId === null ? undefined : widget.drawn.get(selectedId);
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
    [selectedId, items],
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
      suppressHydrationWarning
      dangerouslySetInnerHTML={NOT_REACTS}
    />
  );
}
