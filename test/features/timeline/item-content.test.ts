import { expect, test } from 'vitest';

import {
  createItemContent,
  createLaneContent,
  EVENT_ID_ATTRIBUTE,
  findItemId,
} from '@/features/timeline/item-content';
import type {
  TimelineItemKind,
  TimelineItemModel,
} from '@/features/timeline/to-timeline-items';
import { ENGLISH_WORDS } from '../../english';
import { SIGNING_CEREMONY, timelineItem } from '../../fakes/timeline-items';

function buildItem(overrides: Partial<TimelineItemModel>) {
  return timelineItem({ ...SIGNING_CEREMONY, ...overrides });
}

const HOSTILE_LABELS = [
  '<img src=x onerror="alert(1)">',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '&lt;b&gt; &amp; "quotes"',
];

test.each(HOSTILE_LABELS)('the label %s is shown as literal text', (label) => {
  const element = createItemContent(buildItem({ label }), ENGLISH_WORDS);
  expect(element.textContent).toBe(label);
  expect(element.children).toHaveLength(0);
  expect(element.querySelector('img')).toBeNull();
  expect(element.querySelector('b')).toBeNull();
  expect(element.querySelector('script')).toBeNull();
});

test.each(HOSTILE_LABELS)(
  'the label %s of an uncertain item is literal text beside the marker',
  (label) => {
    const element = createItemContent(
      buildItem({ label, kind: 'uncertain' }),
      ENGLISH_WORDS,
    );
    expect(element.firstChild?.textContent).toBe(label);
    expect(element.children).toHaveLength(1);
    expect(element.children[0]?.textContent).toContain('(date uncertain)');
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('b')).toBeNull();
  },
);

test('an item can take focus', () => {
  const element = createItemContent(buildItem({}), ENGLISH_WORDS);
  document.body.append(element);
  element.focus();
  expect(element).toHaveFocus();
  element.remove();
});

test('an item is a button named by its label and date, carrying its event id', () => {
  const element = createItemContent(buildItem({}), ENGLISH_WORDS);
  expect(element).toHaveAttribute('role', 'button');
  const name = element.getAttribute('aria-label') ?? '';
  expect(name).toContain('Signing ceremony in Hanoi');
  expect(name).toContain('Sat, 25 Oct 2025, 09:00 GMT+7');
  expect(element).toHaveAttribute(
    EVENT_ID_ATTRIBUTE,
    'hanoi-signing-2025-10-25',
  );
  expect(element).toHaveAttribute('data-event-id', 'hanoi-signing-2025-10-25');
});

test('an uncertain item says its date is uncertain', () => {
  const element = createItemContent(
    buildItem({ kind: 'uncertain' }),
    ENGLISH_WORDS,
  );
  expect(element.textContent).toContain('(date uncertain)');
});

test.each<TimelineItemKind>(['point', 'range'])(
  'a %s item has no uncertainty marker',
  (kind) => {
    const element = createItemContent(buildItem({ kind }), ENGLISH_WORDS);
    expect(element.textContent).not.toContain('uncertain');
  },
);

test('a lane label is literal text', () => {
  const element = createLaneContent('<img src=x onerror="alert(1)">');
  expect(element.textContent).toBe('<img src=x onerror="alert(1)">');
  expect(element.querySelector('img')).toBeNull();
});

test('findItemId finds the id from the item itself and from a nested child', () => {
  const element = createItemContent(
    buildItem({ id: 'baku-2025-05', kind: 'uncertain' }),
    ENGLISH_WORDS,
  );
  const wrapper = document.createElement('div');
  wrapper.append(element);
  const marker = element.firstElementChild;
  expect(marker).not.toBeNull();
  expect(findItemId(marker)).toBe('baku-2025-05');
  expect(findItemId(element)).toBe('baku-2025-05');
});

test('findItemId finds the id from a deeper descendant', () => {
  const element = createItemContent(buildItem({ id: 'deep' }), ENGLISH_WORDS);
  const inner = document.createElement('em');
  const innermost = document.createElement('span');
  inner.append(innermost);
  element.append(inner);
  expect(findItemId(innermost)).toBe('deep');
});

test('findItemId returns null for unrelated elements, non-elements and null', () => {
  const wrapper = document.createElement('div');
  wrapper.append(createItemContent(buildItem({}), ENGLISH_WORDS));
  const unrelated = document.createElement('button');
  document.body.append(unrelated);
  expect(findItemId(wrapper)).toBeNull();
  expect(findItemId(unrelated)).toBeNull();
  expect(findItemId(document)).toBeNull();
  expect(findItemId(window)).toBeNull();
  expect(findItemId(null)).toBeNull();
  unrelated.remove();
});
