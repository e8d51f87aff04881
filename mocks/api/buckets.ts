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

function countCells(
  placed: readonly Placed[],
  span: { start: number; end: number },
  buckets: number,
): Map<string, number[]> {
  const width = (span.end - span.start) / buckets;
  const cells = new Map<string, number[]>();
  for (const { lane, at } of placed) {
    const raw = width > 0 ? Math.floor((at - span.start) / width) : 0;
    const bucket = Math.min(buckets - 1, Math.max(0, raw));
    let row = cells.get(lane);
    if (!row) {
      row = new Array<number>(buckets).fill(0);
      cells.set(lane, row);
    }
    row[bucket] = (row[bucket] ?? 0) + 1;
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

/** Adjacent buckets merged in pairs (an odd last one stays alone). */
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
 * Counts events per lane in `buckets` equal slices of `span` (an event
 * before or after the span counts in its first or last slice). When more
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
  let cells = countCells(placed, span, buckets);
  let width = (span.end - span.start) / buckets;
  let slices = buckets;
  while (slices > 1 && nonEmpty(cells) > max) {
    cells = halve(cells);
    slices = Math.ceil(slices / 2);
    width *= 2;
  }
  const counts: BucketCount[] = [];
  for (const [lane, row] of cells) {
    row.forEach((count, index) => {
      if (count === 0) return;
      counts.push({
        lane,
        start: Math.round(span.start + index * width),
        end: Math.min(span.end, Math.round(span.start + (index + 1) * width)),
        count,
      });
    });
  }
  return counts.sort((a, b) => a.start - b.start || (a.lane < b.lane ? -1 : 1));
}
