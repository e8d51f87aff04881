/**
 * Builders for what the timeline feature draws: one item model, the lane it
 * sits in, and TimelineView's props. Every test of the timeline's drawing
 * builds its items here, overriding only what it is about.
 */
import { vi } from 'vitest';

import type { TimelineViewProps } from '@/features/timeline/timeline-view';
import type { TimelineItemModel } from '@/features/timeline/to-timeline-items';

import { ENGLISH_WORDS } from '../english';

/** A verified bilateral meeting in Hanoi at noon on 26 Oct 2025. */
export function timelineItem(
  overrides: Partial<TimelineItemModel> = {},
): TimelineItemModel {
  const id = overrides.id ?? 'a';
  const label = overrides.label ?? `Event ${id}`;
  return {
    id,
    group: 'bilateral-meeting',
    type: 'bilateral-meeting',
    kind: 'point',
    start: new Date(2025, 9, 26, 12),
    end: null,
    label,
    title: label,
    dateLabel: 'Sun, 26 Oct 2025',
    city: 'Hanoi',
    verification: 'verified',
    ...overrides,
  };
}

/** The opening of the Hanoi signing ceremony, 09:00 in Hanoi. */
export const SIGNING_CEREMONY: Partial<TimelineItemModel> = {
  id: 'hanoi-signing-2025-10-25',
  group: 'ceremony',
  type: 'ceremony',
  start: new Date(Date.UTC(2025, 9, 25, 2)),
  label: 'Signing ceremony in Hanoi',
  dateLabel: 'Sat, 25 Oct 2025, 09:00 GMT+7',
};

/** The state visit to Baku, 7–8 May 2025. */
export const BAKU_STATE_VISIT: Partial<TimelineItemModel> = {
  id: 'baku-state-visit-2025-05-07',
  group: 'state-visit',
  type: 'state-visit',
  kind: 'range',
  start: new Date(Date.UTC(2025, 4, 6, 20)),
  end: new Date(Date.UTC(2025, 4, 8, 20)),
  label: 'State visit to Azerbaijan',
  dateLabel: 'Wed, 7 May – Thu, 8 May 2025',
  city: 'Baku',
};

/** The one lane the builders' items sit in. */
export const MEETING_LANES: TimelineViewProps['groups'] = [
  { id: 'bilateral-meeting', label: 'Bilateral meetings', order: 4 },
];

/** TimelineView's props for two meetings in English, with spy callbacks. */
export function timelineViewProps(
  overrides: Partial<TimelineViewProps> = {},
): TimelineViewProps {
  return {
    items: [timelineItem({ id: 'a' }), timelineItem({ id: 'b' })],
    groups: MEETING_LANES,
    extent: null,
    description: 'Timeline of 2 events.',
    words: ENGLISH_WORDS,
    selectedId: null,
    onSelect: vi.fn(),
    onHint: vi.fn(),
    onRangeChange: vi.fn(),
    onPlaced: vi.fn(),
    viewWindow: null,
    onWindowChange: vi.fn(),
    ...overrides,
  };
}
