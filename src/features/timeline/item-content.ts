/**
 * DOM for the timeline's items and lanes. Text from the API is untrusted and
 * vis-timeline would parse a string as HTML, so every label is a node whose
 * text is set with textContent.
 */
import { clusterCount, describeCluster, type ItemWords } from './cluster-text';
import {
  type ClusterItemModel,
  type DrawnItem,
  type TimelineItemModel,
} from './to-timeline-items';

export const EVENT_ID_ATTRIBUTE = 'data-event-id';
/** Cluster items carry their id here, so keys and clicks can find them. */
export const ITEM_ID_ATTRIBUTE = 'data-item-id';

function createClusterContent(
  item: ClusterItemModel,
  words: ItemWords,
): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tt-cluster__count';
  element.textContent = clusterCount(item, words.locale);
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', describeCluster(item, words));
  element.setAttribute(ITEM_ID_ATTRIBUTE, item.id);
  return element;
}

export function createItemContent(
  item: DrawnItem,
  words: ItemWords,
): HTMLElement {
  return item.kind === 'cluster'
    ? createClusterContent(item, words)
    : createEventContent(item, words);
}

function createEventContent(
  item: TimelineItemModel,
  words: ItemWords,
): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tt-item__label';
  element.textContent = item.label;
  // Reached with the arrow keys from the timeline, not one Tab stop each.
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', `${item.label}, ${item.dateLabel}`);
  element.setAttribute(EVENT_ID_ATTRIBUTE, item.id);
  element.setAttribute(ITEM_ID_ATTRIBUTE, item.id);
  if (item.kind === 'uncertain') {
    const mark = document.createElement('span');
    mark.className = 'tt-item__uncertain';
    mark.textContent = ` ${words.t('timeline.dateUncertain')}`;
    element.append(mark);
  }
  return element;
}

export function createLaneContent(label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tt-lane__label';
  element.textContent = label;
  return element;
}

/** The id of the drawn item (event or cluster) an element belongs to. */
export function findItemId(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return (
    target.closest(`[${ITEM_ID_ATTRIBUTE}]`)?.getAttribute(ITEM_ID_ATTRIBUTE) ??
    null
  );
}
