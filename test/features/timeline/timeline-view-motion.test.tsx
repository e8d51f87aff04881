import { act, render } from '@testing-library/react';
import { createRef } from 'react';
import { expect, test, vi } from 'vitest';

import type { TimelineHandle } from '@/features/timeline/timeline-types';
import {
  TimelineView,
  type TimelineViewProps,
} from '@/features/timeline/timeline-view';

import { timelineItem, timelineViewProps } from '../../fakes/timeline-items';
import { liveTimeline } from '../../fakes/vis-timeline';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Makes the browser report (or not) that the user asked for less motion. */
function stubReducedMotion(reduce: boolean) {
  // jsdom has none: the answer of test/setup/dom.ts's stand-in, overridden.
  const original = window.matchMedia.bind(window);
  return vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    Object.defineProperty(original(query), 'matches', {
      value: reduce && query === REDUCED_MOTION,
    }),
  );
}

/** Whether the user asked for less motion, and so whether a move animates. */
const MOTION = [
  // Quick, not none: vis-timeline draws a one-step jump wrong (timeline-view.tsx).
  {
    reduce: true,
    how: 'in a few frames',
    animation: { duration: 80, easingFunction: 'linear' },
  },
  { reduce: false, how: 'smoothly', animation: true },
];

/** A zoom step or a pan stays near: at once for less motion. */
const STEP = [
  { reduce: true, how: 'at once', animation: false },
  { reduce: false, how: 'smoothly', animation: true },
];

const ITEMS = [
  timelineItem({ id: 'a' }),
  timelineItem({ id: 'far', start: new Date(2025, 4, 7, 12) }),
];

function props(overrides: Partial<TimelineViewProps> = {}) {
  return timelineViewProps({ items: ITEMS, ...overrides });
}

function renderView(overrides: Partial<TimelineViewProps> = {}) {
  const ref = createRef<TimelineHandle>();
  const { rerender } = render(<TimelineView {...props(overrides)} ref={ref} />);
  const handle = ref.current;
  if (!handle) throw new Error('TimelineView exposed no handle');
  return {
    handle,
    timeline: liveTimeline(),
    rerenderWith: (next: Partial<TimelineViewProps>) => {
      rerender(<TimelineView {...props(next)} ref={ref} />);
    },
  };
}

test.each(STEP)(
  'with reduced motion $reduce, zooming moves $how',
  ({ reduce, animation }) => {
    const matchMedia = stubReducedMotion(reduce);
    const { handle, timeline } = renderView();
    act(() => {
      handle.zoomIn();
    });
    act(() => {
      handle.zoomOut();
    });
    expect(timeline.zoomIn).toHaveBeenCalledExactlyOnceWith(0.5, {
      animation,
    });
    expect(timeline.zoomOut).toHaveBeenCalledExactlyOnceWith(0.5, {
      animation,
    });
    expect(matchMedia).toHaveBeenCalledWith(REDUCED_MOTION);
  },
);

test.each(MOTION)(
  'with reduced motion $reduce, showing a range moves $how',
  ({ reduce, animation }) => {
    stubReducedMotion(reduce);
    const { handle, timeline } = renderView();
    const start = new Date(2025, 4, 1);
    const end = new Date(2025, 5, 1);
    act(() => {
      handle.showRange(start, end);
    });
    expect(timeline.setWindow).toHaveBeenCalledExactlyOnceWith(start, end, {
      animation,
    });
  },
);

test.each(MOTION)(
  'with reduced motion $reduce, fitting moves $how',
  ({ reduce, animation }) => {
    stubReducedMotion(reduce);
    const { handle, timeline } = renderView();
    act(() => {
      handle.fit();
    });
    expect(timeline.setWindow).toHaveBeenCalledExactlyOnceWith(
      expect.any(Date),
      expect.any(Date),
      { animation },
    );
    const [start, end] = timeline.setWindow.mock.calls[0] ?? [];
    if (!start || !end) throw new Error('fit set no window');
    for (const { start: at } of ITEMS) {
      expect(at.getTime()).toBeGreaterThan(start.getTime());
      expect(at.getTime()).toBeLessThan(end.getTime());
    }
  },
);

test.each(STEP)(
  'with reduced motion $reduce, panning moves $how',
  ({ reduce, animation }) => {
    stubReducedMotion(reduce);
    const { handle, timeline } = renderView();
    const width =
      new Date(2025, 10, 1).getTime() - new Date(2025, 9, 1).getTime();
    act(() => {
      handle.pan(-0.5);
    });
    expect(timeline.setWindow).toHaveBeenCalledExactlyOnceWith(
      new Date(new Date(2025, 9, 1).getTime() - width / 2),
      new Date(new Date(2025, 10, 1).getTime() - width / 2),
      { animation },
    );
  },
);

test.each(MOTION)(
  'with reduced motion $reduce, bringing a selected event into view moves $how',
  ({ reduce, animation }) => {
    stubReducedMotion(reduce);
    const { rerenderWith, timeline } = renderView();
    // Placed at its first window, as vis-timeline says once drawn.
    act(() => timeline.listeners.get('changed')?.());
    rerenderWith({ selectedId: 'far' });
    expect(timeline.moveTo).toHaveBeenCalledExactlyOnceWith(
      new Date(2025, 4, 7, 12),
      { animation },
    );
  },
);

test('the first fit after drawing never animates, even when motion is allowed', () => {
  stubReducedMotion(false);
  const { timeline } = renderView();
  act(() => timeline.listeners.get('changed')?.());
  expect(timeline.setWindow).toHaveBeenCalledExactlyOnceWith(
    expect.any(Date),
    expect.any(Date),
    { animation: false },
  );
});

test('the stub is gone after each test: jsdom reports no preference again', () => {
  expect(window.matchMedia(REDUCED_MOTION).matches).toBe(false);
});
