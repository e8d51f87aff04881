import { act, fireEvent, render, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { expect, test, vi } from 'vitest';

import type { TimelineHandle } from '@/features/timeline/timeline-types';
import { TimelineView } from '@/features/timeline/timeline-view';

import {
  type FakeTimeline,
  fakeTimelines,
  liveTimeline,
} from '../../fakes/vis-timeline';
import { timelineItem, timelineViewProps } from '../../fakes/timeline-items';

function item(id: string, label = `Event ${id}`) {
  return timelineItem({ id, label });
}

const props = timelineViewProps;

/** What vis-timeline does after drawing: emit 'changed'. */
function drawn(timeline: FakeTimeline) {
  act(() => timeline.listeners.get('changed')?.());
}

test('creates the timeline once and fits the first data, labels included', () => {
  render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  expect(fakeTimelines).toHaveLength(1);
  expect(timeline.items.getIds()).toEqual(['a', 'b']);
  drawn(timeline);
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  const [start, end] = timeline.setWindow.mock.calls[0] ?? [];
  if (!start || !end) throw new Error('setWindow was not called');
  const point = item('a').start.getTime();
  expect(start.getTime()).toBeLessThan(point);
  expect(end.getTime()).toBeGreaterThan(point);
});

test('new data updates the data set in place; fitted to the events, it fits the new ones', () => {
  const { rerender } = render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  drawn(timeline);
  rerender(
    <TimelineView {...props({ items: [item('b', 'Renamed'), item('c')] })} />,
  );
  drawn(timeline);
  expect(fakeTimelines).toHaveLength(1);
  expect(timeline.items.getIds()).toEqual(['b', 'c']);
  expect(timeline.items.get('b')?.content).toBe('Renamed');
  expect(timeline.setWindow).toHaveBeenCalledTimes(2);
});

/**
 * What each change of the timeline's data set did to each item (of the
 * builders', all at one date): where it was put, and how many windows had
 * been set by then.
 */
function recordChanges(timeline: FakeTimeline): string[] {
  // Like vis-timeline, the window shown is the one last set.
  let shown = timeline.getWindow();
  timeline.setWindow.mockImplementation((start, end) => {
    shown = { start, end };
  });
  timeline.getWindow = () => shown;
  const changes: string[] = [];
  timeline.items.on('*', (event, payload) => {
    const ids = (payload as { items: string[] } | null)?.items ?? [];
    for (const id of ids) {
      const start = timeline.items.get(id)?.start;
      let where = '';
      if (start instanceof Date) {
        if (start.getTime() === item(id).start.getTime()) {
          where = ' at its date';
        } else if (start < shown.start) where = ' before the window';
        else where = ' elsewhere';
      }
      changes.push(
        `${event} ${id}${where}, ${String(timeline.setWindow.mock.calls.length)} windows set`,
      );
    }
  });
  return changes;
}

test('a new item is added out of view, then moved to its place, once the window is fitted: vis-timeline measures the new ones together', () => {
  const { rerender } = render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  drawn(timeline);
  const changes = recordChanges(timeline);
  rerender(
    <TimelineView {...props({ items: [item('b', 'Renamed'), item('c')] })} />,
  );
  expect(changes).toEqual([
    'remove a, 2 windows set',
    'add c before the window, 2 windows set',
    'update b at its date, 2 windows set',
    'update c at its date, 2 windows set',
  ]);
  expect(timeline.items.get('c')?.start).toEqual(item('c').start);
});

test('in a window the reader chose, a new item comes out of view first too, and the window stays', async () => {
  vi.useFakeTimers();
  try {
    const { rerender, timeline } = await renderInChosenWindow();
    const changes = recordChanges(timeline);
    rerender(
      <TimelineView
        {...props({ viewWindow: CHOSEN, items: [item('a'), item('c')] })}
      />,
    );
    expect(changes).toEqual([
      'remove b, 2 windows set',
      'add c before the window, 2 windows set',
      'update c at its date, 2 windows set',
    ]);
    expect(timeline.setWindow).toHaveBeenCalledTimes(2);
  } finally {
    vi.useRealTimers();
  }
});

const CHOSEN = {
  start: new Date(2025, 4, 4).getTime(),
  end: new Date(2025, 4, 11).getTime(),
};

/** A timeline asked for CHOSEN, drawn and moved there (with fake timers). */
async function renderInChosenWindow() {
  const view = render(<TimelineView {...props({ viewWindow: CHOSEN })} />);
  const timeline = liveTimeline();
  drawn(timeline);
  await act(() => vi.runAllTimersAsync());
  return { ...view, timeline };
}

/** vis-timeline's word that its window moved, by the user's hand or not. */
function moved(timeline: FakeTimeline, byUser: boolean, window = CHOSEN) {
  act(() =>
    timeline.listeners.get('rangechanged')?.({
      start: new Date(window.start),
      end: new Date(window.end),
      byUser,
    }),
  );
}

test('a window asked for is shown after the first draw, and new data leaves it', async () => {
  vi.useFakeTimers();
  try {
    const { rerender, timeline } = await renderInChosenWindow();
    const [start, end] = timeline.setWindow.mock.lastCall ?? [];
    expect([start?.getTime(), end?.getTime()]).toEqual([
      CHOSEN.start,
      CHOSEN.end,
    ]);
    const calls = timeline.setWindow.mock.calls.length;
    rerender(
      <TimelineView {...props({ viewWindow: CHOSEN, items: [item('c')] })} />,
    );
    expect(timeline.setWindow).toHaveBeenCalledTimes(calls);
  } finally {
    vi.useRealTimers();
  }
});

test("the reader's moves are reported, the timeline's own fits are not", () => {
  const onWindowChange = vi.fn();
  render(<TimelineView {...props({ onWindowChange })} />);
  const timeline = liveTimeline();
  drawn(timeline);
  moved(timeline, false);
  expect(onWindowChange).not.toHaveBeenCalled();
  moved(timeline, true);
  expect(onWindowChange).toHaveBeenLastCalledWith(CHOSEN);
});

test('a button moves the window for the reader; Fit all gives it back to the events', () => {
  const onWindowChange = vi.fn();
  const ref = { current: null as TimelineHandle | null };
  render(<TimelineView {...props({ onWindowChange })} ref={ref} />);
  const timeline = liveTimeline();
  drawn(timeline);
  act(() => ref.current?.zoomIn());
  moved(timeline, false);
  expect(onWindowChange).toHaveBeenLastCalledWith(CHOSEN);
  act(() => ref.current?.fit());
  expect(onWindowChange).toHaveBeenLastCalledWith(null);
});

test('a new window asked for (Back, a link) moves the timeline; the same one does not', () => {
  // The same items throughout: only the window asked for changes.
  const { items } = props();
  const { rerender } = render(<TimelineView {...props({ items })} />);
  const timeline = liveTimeline();
  drawn(timeline);
  const calls = timeline.setWindow.mock.calls.length;
  rerender(<TimelineView {...props({ items, viewWindow: CHOSEN })} />);
  expect(timeline.setWindow).toHaveBeenCalledTimes(calls + 1);
  // The fake shows October 2025 whatever it is told.
  rerender(
    <TimelineView
      {...props({
        items,
        viewWindow: {
          start: new Date(2025, 9, 1).getTime(),
          end: new Date(2025, 10, 1).getTime(),
        },
      })}
    />,
  );
  expect(timeline.setWindow).toHaveBeenCalledTimes(calls + 1);
  // Back to fitting the events.
  rerender(<TimelineView {...props({ items })} />);
  expect(timeline.setWindow).toHaveBeenCalledTimes(calls + 2);
});

test('destroys the timeline on unmount', () => {
  const { unmount } = render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  unmount();
  expect(timeline.destroy).toHaveBeenCalledTimes(1);
  expect(timeline.listeners.size).toBe(0);
});

test('StrictMode leaves exactly one live, fitted timeline', () => {
  render(
    <StrictMode>
      <TimelineView {...props()} />
    </StrictMode>,
  );
  const timeline = liveTimeline();
  expect(timeline.items.getIds()).toEqual(['a', 'b']);
  drawn(timeline);
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
});

test('a selectedId change selects the item, and only once', () => {
  const { rerender } = render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  rerender(<TimelineView {...props({ selectedId: 'b' })} />);
  expect(timeline.setSelection).toHaveBeenLastCalledWith(['b']);
  const calls = timeline.setSelection.mock.calls.length;
  rerender(<TimelineView {...props({ selectedId: 'b' })} />);
  expect(timeline.setSelection).toHaveBeenCalledTimes(calls);
  rerender(<TimelineView {...props({ selectedId: 'unknown' })} />);
  expect(timeline.setSelection).toHaveBeenLastCalledWith([]);
});

test('the select listener calls the latest onSelect', () => {
  const first = vi.fn();
  const latest = vi.fn();
  const { rerender } = render(<TimelineView {...props({ onSelect: first })} />);
  rerender(<TimelineView {...props({ onSelect: latest })} />);
  const select = liveTimeline().listeners.get('select');
  act(() => select?.({ items: ['a'] }));
  act(() => select?.({ items: [] }));
  expect(first).not.toHaveBeenCalled();
  expect(latest.mock.calls).toEqual([['a'], [null]]);
});

test('items are drawn as text nodes that Enter selects', () => {
  const onSelect = vi.fn();
  const label = '<img src=x onerror="alert(1)">';
  render(<TimelineView {...props({ items: [item('a', label)], onSelect })} />);
  const timeline = liveTimeline();
  const drawn = timeline.options.template?.({ id: 'a' });
  if (!(drawn instanceof HTMLElement))
    throw new Error('template drew no element');
  timeline.container.append(drawn);
  expect(drawn.textContent).toBe(label);
  expect(within(drawn).queryByRole('img')).not.toBeInTheDocument();
  fireEvent.keyDown(drawn, { key: 'Enter' });
  expect(onSelect).toHaveBeenCalledWith('a');
});

test('focusing an item asks for its hint, leaving it clears it', () => {
  const onHint = vi.fn();
  render(<TimelineView {...props({ onHint })} />);
  const timeline = liveTimeline();
  const drawn = timeline.options.template?.({ id: 'b' });
  if (!(drawn instanceof HTMLElement))
    throw new Error('template drew no element');
  timeline.container.append(drawn);
  fireEvent.focusIn(drawn);
  expect(onHint).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'b' }));
  fireEvent.focusOut(drawn);
  expect(onHint).toHaveBeenLastCalledWith(null);
});

test('the handle zooms and jumps to a window', () => {
  const ref = { current: null as TimelineHandle | null };
  render(<TimelineView {...props()} ref={ref} />);
  const timeline = liveTimeline();
  const start = new Date(2025, 4, 1);
  const end = new Date(2025, 5, 1);
  ref.current?.showRange(start, end);
  ref.current?.zoomIn();
  expect(timeline.setWindow).toHaveBeenCalledWith(
    start,
    end,
    expect.anything(),
  );
  expect(timeline.zoomIn).toHaveBeenCalledTimes(1);
});

test('selecting an event outside the window brings it into view', () => {
  const far = { ...item('far'), start: new Date(2025, 4, 7, 12) };
  const { rerender } = render(
    <TimelineView {...props({ items: [item('a'), far] })} />,
  );
  const timeline = liveTimeline();
  drawn(timeline);
  rerender(
    <TimelineView {...props({ items: [item('a'), far], selectedId: 'a' })} />,
  );
  expect(timeline.moveTo).not.toHaveBeenCalled();
  rerender(
    <TimelineView {...props({ items: [item('a'), far], selectedId: 'far' })} />,
  );
  expect(timeline.moveTo).toHaveBeenCalledWith(far.start, expect.anything());
});

test('an event selected before the first window is placed moves nothing: vis-timeline would leave items of its first drawing behind', () => {
  const far = { ...item('far'), start: new Date(2025, 4, 7, 12) };
  render(
    <TimelineView {...props({ items: [item('a'), far], selectedId: 'far' })} />,
  );
  const timeline = liveTimeline();
  expect(timeline.moveTo).not.toHaveBeenCalled();
  // The first window it is placed at holds every item, the selected one too.
  drawn(timeline);
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  expect(timeline.moveTo).not.toHaveBeenCalled();
});

test('printing redraws the timeline at the paper’s width, then the screen’s', () => {
  const { unmount } = render(<TimelineView {...props()} />);
  const timeline = liveTimeline();
  const resized = vi.fn();
  window.addEventListener('resize', resized);

  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(timeline.container).toHaveStyle({ width: '257mm' });
  // vis-timeline watches its size while the printout lasts, so the resize
  // that follows redraws it at once.
  expect(timeline.setOptions).toHaveBeenLastCalledWith({
    autoResize: true,
    margin: { item: { horizontal: 6, vertical: 2 }, axis: 4 },
  });
  expect(resized).toHaveBeenCalledTimes(1);

  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(timeline.container.style.getPropertyValue('width')).toBe('');
  expect(timeline.setOptions).toHaveBeenLastCalledWith({
    autoResize: false,
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
  });
  expect(resized).toHaveBeenCalledTimes(2);

  unmount();
  window.dispatchEvent(new Event('beforeprint'));
  expect(resized).toHaveBeenCalledTimes(2);
  window.removeEventListener('resize', resized);
});

test("the reader's own windows, given back late by the URL, move nothing; another one does", () => {
  const { items } = props();
  const onWindowChange = vi.fn();
  const { rerender } = render(
    <TimelineView {...props({ items, onWindowChange })} />,
  );
  const timeline = liveTimeline();
  drawn(timeline);
  const zoomedOut = {
    start: new Date(2025, 0, 1).getTime(),
    end: new Date(2026, 0, 1).getTime(),
  };
  // Zoomed out, then in again before the URL took the first window.
  moved(timeline, true, zoomedOut);
  moved(timeline, true, CHOSEN);
  const calls = timeline.setWindow.mock.calls.length;
  rerender(
    <TimelineView
      {...props({ items, onWindowChange, viewWindow: zoomedOut })}
    />,
  );
  rerender(
    <TimelineView {...props({ items, onWindowChange, viewWindow: CHOSEN })} />,
  );
  expect(timeline.setWindow).toHaveBeenCalledTimes(calls);
  // Back to the first window (Back, a link): it is shown again.
  rerender(
    <TimelineView
      {...props({ items, onWindowChange, viewWindow: zoomedOut })}
    />,
  );
  expect(timeline.setWindow).toHaveBeenCalledTimes(calls + 1);
  const [start, end] = timeline.setWindow.mock.lastCall ?? [];
  expect([start?.getTime(), end?.getTime()]).toEqual([
    zoomedOut.start,
    zoomedOut.end,
  ]);
});
