/**
 * Counting events per time bucket and lane: the timeline's clusters when a
 * window holds more events than it can draw.
 */

/** Where one event falls: its lane and the instant it starts (ms). */
export type Placed = { lane: string; at: number };

/** How many events start in [start, end) of one lane (instants in ms). */
export type BucketCount = {
  lane: string;
  start: number;
  end: number;
  count: number;
};

/**
 * The whole-millisecond edges of `buckets` equal slices of `span`: the
 * edges the answer reports are the ones events are sorted by, so an event
 * exactly on an edge always counts in the slice that starts there.
 */
function sliceEdges(
  span: { start: number; end: number },
  buckets: number,
): number[] {
  const width = (span.end - span.start) / buckets;
  return Array.from({ length: buckets + 1 }, (_, index) =>
    index === buckets ? span.end : Math.round(span.start + index * width),
  );
}

/** The last slice whose start is at or before `at`, within [0, buckets). */
function sliceOf(edges: readonly number[], at: number): number {
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((edges[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

function countCells(
  placed: readonly Placed[],
  edges: readonly number[],
): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const { lane, at } of placed) {
    let row = cells.get(lane);
    if (!row) {
      row = new Array<number>(edges.length - 1).fill(0);
      cells.set(lane, row);
    }
    const slice = sliceOf(edges, at);
    row[slice] = (row[slice] ?? 0) + 1;
  }
  return cells;
}

function nonEmpty(cells: Map<string, number[]>): number {
  let count = 0;
  for (const row of cells.values()) {
    for (const value of row) if (value > 0) count += 1;
  }
  return count;
}

/** Adjacent slices merged in pairs (an odd last one stays alone). */
function halve(cells: Map<string, number[]>): Map<string, number[]> {
  const merged = new Map<string, number[]>();
  for (const [lane, row] of cells) {
    merged.set(
      lane,
      Array.from(
        { length: Math.ceil(row.length / 2) },
        (_, index) => (row[2 * index] ?? 0) + (row[2 * index + 1] ?? 0),
      ),
    );
  }
  return merged;
}

/**
 * Counts events per lane in `buckets` equal slices of `span` (no more
 * slices than the span has milliseconds; an event before or after the span
 * counts in its first or last slice). When more
 * than `max` cells are not empty, neighbouring slices merge in pairs until
 * at most `max` are (or one slice per lane is left). Empty cells are left
 * out; the rest come by start, then lane.
 */
export function countBuckets(
  placed: readonly Placed[],
  span: { start: number; end: number },
  buckets: number,
  max: number,
): BucketCount[] {
  // A slice is at least a millisecond wide, so no two edges coincide.
  const sliceCount = Math.max(1, Math.min(buckets, span.end - span.start));
  const edges = sliceEdges(span, sliceCount);
  let cells = countCells(placed, edges);
  let slices = sliceCount;
  let merged = 1;
  while (slices > 1 && nonEmpty(cells) > max) {
    cells = halve(cells);
    slices = Math.ceil(slices / 2);
    merged *= 2;
  }
  const edgeAt = (slice: number) =>
    edges[Math.min(sliceCount, slice * merged)] ?? span.end;
  const counts: BucketCount[] = [];
  for (const [lane, row] of cells) {
    row.forEach((count, slice) => {
      if (count === 0) return;
      counts.push({
        lane,
        start: edgeAt(slice),
        end: edgeAt(slice + 1),
        count,
      });
    });
  }
  return counts.sort((a, b) => a.start - b.start || (a.lane < b.lane ? -1 : 1));
}
