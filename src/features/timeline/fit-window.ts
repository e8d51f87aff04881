/** Anything with a place in time: an item, or the extent of the matches. */
type Placed = { start: Date; end: Date | null };

const DAY = 24 * 60 * 60 * 1000;
const EDGE_PX = 16;

/**
 * The window that shows every item with its label: labels are drawn to the
 * right of their point, so the window leaves `labelPx` after the last item
 * (vis-timeline's own fit() only fits the dates and cuts those labels off).
 */
export function fitWindow(
  items: readonly Placed[],
  widthPx: number,
  labelPx: number,
): { start: Date; end: Date } | null {
  if (items.length === 0) return null;
  const starts = items.map((item) => item.start.getTime());
  const ends = items.map((item) => (item.end ?? item.start).getTime());
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const span = Math.max(last - first, DAY);
  const dataPx = Math.max(widthPx - labelPx - EDGE_PX, widthPx * 0.3, 1);
  const msPerPx = span / dataPx;
  return {
    start: new Date(first - EDGE_PX * msPerPx),
    end: new Date(last + labelPx * msPerPx),
  };
}
