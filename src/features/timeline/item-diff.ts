import { type TimelineItemModel } from './to-timeline-items';

function isSameItem(a: TimelineItemModel, b: TimelineItemModel): boolean {
  return (
    a.group === b.group &&
    a.type === b.type &&
    a.kind === b.kind &&
    a.label === b.label &&
    a.dateLabel === b.dateLabel &&
    a.city === b.city &&
    a.verification === b.verification &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime()
  );
}

/**
 * What to change in the drawn data set to go from `previous` to `next`: only
 * new or changed items are upserted, so an unchanged item is not redrawn.
 */
export function diffItems(
  previous: ReadonlyMap<string, TimelineItemModel>,
  next: readonly TimelineItemModel[],
): { upsert: TimelineItemModel[]; remove: string[] } {
  const nextIds = new Set(next.map((item) => item.id));
  return {
    upsert: next.filter((item) => {
      const before = previous.get(item.id);
      return !before || !isSameItem(before, item);
    }),
    remove: [...previous.keys()].filter((id) => !nextIds.has(id)),
  };
}
