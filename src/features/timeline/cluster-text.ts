/** The words of a cluster item: its count, and the span it covers. */
import { dateTimeFormat, numberFormat } from '@/domain/intl-cache';

import { type ClusterItemModel } from './to-timeline-items';

export function clusterCount(item: ClusterItemModel, locale: string): string {
  return numberFormat(locale, { notation: 'compact' }).format(item.count);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The bucket on the viewer's calendar, with times when it is shorter than a
 * day; its end is exclusive.
 */
export function clusterSpan(item: ClusterItemModel, locale: string): string {
  const width = item.end.getTime() - item.start.getTime();
  const last = new Date(item.start.getTime() + Math.max(width - 1, 0));
  return dateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(width < DAY ? { timeStyle: 'short' } : {}),
  }).formatRange(item.start, last);
}

export function describeCluster(
  item: ClusterItemModel,
  locale: string,
): string {
  const count = numberFormat(locale).format(item.count);
  return `${count} events, ${clusterSpan(item, locale)}. Opening zooms in.`;
}
