/**
 * The words of the items that stand for many events: a cluster (its count
 * and the span it covers) and a stack (its count, in its events' type).
 */
import type { TFunction } from 'i18next';

import { dateTimeFormat, numberFormat } from '@/domain/intl-cache';

import type { StackItemModel } from './stacks';
import type { ClusterItemModel } from './to-timeline-items';

/** The interface's words and the Intl locale items are drawn with. */
export type ItemWords = { t: TFunction; locale: string };

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

/** What a cluster says to assistive technology, in the words of `t`. */
export function describeCluster(
  item: ClusterItemModel,
  words: ItemWords,
): string {
  return words.t('timeline.clusterLabel', {
    count: item.count,
    span: clusterSpan(item, words.locale),
  });
}

/** "65 signatures", or "7 events" when the stack mixes types. */
export function stackTitle(item: StackItemModel, t: TFunction): string {
  const count = item.events.length;
  return item.type === null
    ? t('timeline.clusterTitle', { count })
    : t(`timeline.stackOf.${item.type}`, { count });
}

/** What a stack says to assistive technology, in the words of `t`. */
export function describeStack(item: StackItemModel, t: TFunction): string {
  return t('timeline.stackLabel', {
    title: stackTitle(item, t),
    date: item.dateLabel,
  });
}
