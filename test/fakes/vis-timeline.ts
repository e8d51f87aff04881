/**
 * A stand-in for vis-timeline's Timeline, for tests of the wrapper's
 * lifecycle (jsdom cannot draw the real one). test/setup/dom.ts mocks
 * 'vis-timeline/esnext' with it for every test that has a DOM; every instance
 * is kept in `fakeTimelines`, emptied before each test.
 */
import type { DataGroup, DataItem, TimelineOptions } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { expect, type Mock, vi } from 'vitest';

export type Listener = (properties?: unknown) => void;

export type FakeTimeline = {
  container: HTMLElement;
  items: DataSet<DataItem>;
  groups: DataSet<DataGroup>;
  options: TimelineOptions;
  listeners: Map<string, Listener>;
  destroy: Mock<() => void>;
  setSelection: Mock<(ids: string[]) => void>;
  getSelection: () => string[];
  getWindow: () => { start: Date; end: Date };
  setWindow: Mock<(start: Date, end: Date, options?: object) => void>;
  zoomIn: Mock<(percentage: number, options?: object) => void>;
  zoomOut: Mock<(percentage: number, options?: object) => void>;
  moveTo: Mock<(time: Date, options?: object) => void>;
  fit: Mock<(options?: object) => void>;
  setOptions: Mock<(options: TimelineOptions) => void>;
};

export const fakeTimelines: FakeTimeline[] = [];

export const Timeline = vi.fn(function Timeline(
  this: FakeTimeline & Record<string, unknown>,
  container: HTMLElement,
  items: DataSet<DataItem>,
  groups: DataSet<DataGroup>,
  options: TimelineOptions,
) {
  let selection: string[] = [];
  const handlers = new Map<string, Set<Listener>>();
  // Like vis-timeline, it says it drew ('changed') once it was made and each
  // time its window is set, a task later.
  const drew = () => {
    setTimeout(() => this.listeners.get('changed')?.(), 0);
  };
  Object.assign(this, {
    container,
    items,
    groups,
    options,
    listeners: new Map<string, Listener>(),
    destroy: vi.fn(),
    setWindow: vi.fn(drew),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    moveTo: vi.fn(),
    fit: vi.fn(),
    setOptions: vi.fn(),
    getWindow: () => ({
      start: new Date(2025, 9, 1),
      end: new Date(2025, 10, 1),
    }),
    setSelection: vi.fn((ids: string[]) => {
      selection = ids;
    }),
    getSelection: () => selection,
    getVisibleItems: () => [],
    // `listeners` has each event's listeners as one, called in turn.
    on(this: FakeTimeline, name: string, listener: Listener) {
      const named = handlers.get(name) ?? new Set<Listener>();
      handlers.set(name, named.add(listener));
      this.listeners.set(name, (properties) => {
        for (const handler of named) handler(properties);
      });
    },
    off(this: FakeTimeline, name: string, listener: Listener) {
      const named = handlers.get(name);
      named?.delete(listener);
      if (named?.size === 0) this.listeners.delete(name);
    },
  });
  fakeTimelines.push(this);
  drew();
});

/** The one timeline not destroyed yet; fails the test unless there is one. */
export function liveTimeline(): FakeTimeline {
  const alive = fakeTimelines.filter(
    (timeline) => timeline.destroy.mock.calls.length === 0,
  );
  expect(alive).toHaveLength(1);
  const [timeline] = alive;
  if (!timeline) throw new Error('no live timeline');
  return timeline;
}
