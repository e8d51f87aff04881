/**
 * DOM for the timeline's items and lanes. Text from the API is untrusted and
 * vis-timeline would parse a string as HTML, so every label is a node whose
 * text is set with textContent.
 */
import {
  clusterCount,
  describeCluster,
  describeStack,
  type ItemWords,
  stackTitle,
} from './cluster-text';
import type { StackItemModel } from './stacks';
import type {
  ClusterItemModel,
  DrawnItem,
  TimelineItemModel,
} from './to-timeline-items';

export const EVENT_ID_ATTRIBUTE = 'data-event-id';
/** Every item carries its id here, so keys and clicks can find them. */
export const ITEM_ID_ATTRIBUTE = 'data-item-id';
/** A stack says here how many events it holds (for tests and tools). */
export const EVENT_COUNT_ATTRIBUTE = 'data-event-count';

/**
 * An item's text as a button, by its id: reached with the arrow keys from
 * the timeline, not one Tab stop each.
 */
function createItemButton(
  className: string,
  text: string,
  label: string,
  id: string,
): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
  element.setAttribute(ITEM_ID_ATTRIBUTE, id);
  return element;
}

export function createItemContent(
  item: DrawnItem,
  words: ItemWords,
): HTMLElement {
  if (item.kind === 'cluster') return createClusterContent(item, words);
  if (item.kind === 'stack') return createStackContent(item, words);
  return createEventContent(item, words);
}

function createStackContent(
  item: StackItemModel,
  words: ItemWords,
): HTMLElement {
  const element = createItemButton(
    'tt-item__label tt-stack__label',
    stackTitle(item, words.t),
    describeStack(item, words.t),
    item.id,
  );
  element.setAttribute(EVENT_COUNT_ATTRIBUTE, String(item.events.length));
  if (item.drawnAs === 'uncertain') appendUncertainMark(element, words);
  return element;
}

function appendUncertainMark(element: HTMLElement, words: ItemWords) {
  const mark = document.createElement('span');
  mark.className = 'tt-item__uncertain';
  mark.textContent = ` ${words.t('timeline.dateUncertain')}`;
  element.append(mark);
}

function createClusterContent(
  item: ClusterItemModel,
  words: ItemWords,
): HTMLElement {
  return createItemButton(
    'tt-cluster__count',
    clusterCount(item, words.locale),
    describeCluster(item, words),
    item.id,
  );
}

function createEventContent(
  item: TimelineItemModel,
  words: ItemWords,
): HTMLElement {
  const element = createItemButton(
    'tt-item__label',
    item.label,
    `${item.title}, ${item.dateLabel}`,
    item.id,
  );
  element.setAttribute(EVENT_ID_ATTRIBUTE, item.id);
  if (item.kind === 'uncertain') appendUncertainMark(element, words);
  return element;
}

export function createLaneContent(label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tt-lane__label';
  element.textContent = label;
  return element;
}

/** The id of the drawn item (event, stack or cluster) an element is in. */
export function findItemId(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return (
    target.closest(`[${ITEM_ID_ATTRIBUTE}]`)?.getAttribute(ITEM_ID_ATTRIBUTE) ??
    null
  );
}
