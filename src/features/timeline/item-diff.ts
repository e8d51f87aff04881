import type { DrawnItem } from './to-timeline-items';

/**
 * The same value: dates by their instant, arrays and objects (a stack's
 * events) by what they hold.
 */
function isSame(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (
      a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    );
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, index) => isSame(value, b[index]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) {
    return a === b;
  }
  const fields: Record<string, unknown> = { ...b };
  const entries = Object.entries(a);
  return (
    entries.length === Object.keys(b).length &&
    entries.every(([key, value]) => isSame(value, fields[key]))
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
      return !before || !isSame(before, item);
    }),
    remove: [...previous.keys()].filter((id) => !nextIds.has(id)),
  };
}
