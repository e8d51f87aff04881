/**
 * Where to add a new item so that vis-timeline does not draw it on its own.
 *
 * vis-timeline 8 draws an added item that falls in its window on the spot,
 * and measures it there (Group.add → item.show → redraw): a style and layout
 * pass per item, dozens of them when a filter brings back many events or
 * replaces every cluster. An item added outside the window is not drawn;
 * moved into it by an update, it is drawn by the redraw that follows the
 * update, with the other new items of its lane, measured in one pass
 * (Group._updateItemsInRange). So a new item is first added out of view,
 * then updated to where it belongs.
 */
import type { DrawnItem } from './to-timeline-items';

/** Instants, as vis-timeline's getWindow() gives them. */
export type DrawnWindow = { start: Date; end: Date };

/**
 * The item moved to end a window's width before the window starts, further
 * than vis-timeline looks for items to draw (a quarter of the window's
 * width either side); only its place changes, not its duration.
 */
export function outOfView<Item extends DrawnItem>(
  item: Item,
  window: DrawnWindow,
): Item {
  const end = (item.end ?? item.start).getTime();
  const width = Math.max(window.end.getTime() - window.start.getTime(), 1);
  const shift = end - (window.start.getTime() - width);
  const moved = (date: Date) => new Date(date.getTime() - shift);
  return {
    ...item,
    start: moved(item.start),
    ...(item.end ? { end: moved(item.end) } : {}),
  };
}
