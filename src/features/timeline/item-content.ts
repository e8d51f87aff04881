/**
 * DOM for the timeline's items and lanes. Text from the API is untrusted and
 * vis-timeline would parse a string as HTML, so every label is a node whose
 * text is set with textContent.
 */
import { type TimelineItemModel } from './to-timeline-items';

export const EVENT_ID_ATTRIBUTE = 'data-event-id';

export function createItemContent(item: TimelineItemModel): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tt-item__label';
  element.textContent = item.label;
  // Reached with the arrow keys from the timeline, not one Tab stop each.
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', `${item.label}, ${item.dateLabel}`);
  element.setAttribute(EVENT_ID_ATTRIBUTE, item.id);
  if (item.kind === 'uncertain') {
    const mark = document.createElement('span');
    mark.className = 'tt-item__uncertain';
    mark.textContent = ' (date uncertain)';
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

/** The event id of the item an element belongs to, if any. */
export function findEventId(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return (
    target
      .closest(`[${EVENT_ID_ATTRIBUTE}]`)
      ?.getAttribute(EVENT_ID_ATTRIBUTE) ?? null
  );
}
