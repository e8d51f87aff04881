import type { DrawnItem } from './to-timeline-items';

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : value;
}

/** Same fields with the same values (dates by their instant). */
function isSameItem(a: DrawnItem, b: DrawnItem): boolean {
  const fields: Record<string, unknown> = b;
  const entries = Object.entries(a);
  return (
    entries.length === Object.keys(b).length &&
    entries.every(
      ([key, value]) => comparable(value) === comparable(fields[key]),
    )
  );
}

/**
 * What to change in the drawn data set to go from `previous` to `next`: only
 * new or changed items are upserted, so an unchanged item is not redrawn.
 */
export function diffItems(
  previous: ReadonlyMap<string, DrawnItem>,
  next: readonly DrawnItem[],
): { upsert: DrawnItem[]; remove: string[] } {
  const nextIds = new Set(next.map((item) => item.id));
  return {
    upsert: next.filter((item) => {
      const before = previous.get(item.id);
      return !before || !isSameItem(before, item);
    }),
    remove: [...previous.keys()].filter((id) => !nextIds.has(id)),
  };
}
