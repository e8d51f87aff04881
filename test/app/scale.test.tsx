import { act, screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import type { TimelineSlice } from '@/domain/event';
import { EVENT_COUNT_ATTRIBUTE } from '@/features/timeline/item-content';
import { MAX_DRAWN } from '@/features/timeline/slice-params';

import { createApi } from '../../mocks/api/respond';
import { events } from '../../mocks/data/events';
import { scenarioData } from '../../mocks/data/scenario';
import { createHandlers, withInternalErrors } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { liveTimeline } from '../fakes/vis-timeline';
import { renderApp } from '../render';

const SYNTHETIC = 3000;
const TOTAL = SYNTHETIC + events.length;
const scaleApi = createApi(scenarioData(SYNTHETIC));

/** Every /api/timeline request, in order, with its parameters. */
let timelineRequests: { url: URL; signal: AbortSignal }[] = [];

beforeEach(() => {
  timelineRequests = [];
  server.use(...createHandlers(scaleApi));
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/timeline') {
      timelineRequests.push({ url, signal: request.signal });
    }
  });
  // jsdom lays nothing out; the timeline is 1000 px wide here.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});

afterEach(() => {
  server.events.removeAllListeners();
  vi.restoreAllMocks();
});

function drawnClasses(): string[] {
  return liveTimeline()
    .items.get()
    .map((item) => String(item.className));
}

/** The events drawn: one for an event's item, its count for a stack's. */
function drawnEventCount(): number {
  const timeline = liveTimeline();
  return timeline.items.get().reduce((sum, item) => {
    const content = timeline.options.template?.({ id: item.id });
    const count =
      content instanceof HTMLElement
        ? content.getAttribute(EVENT_COUNT_ATTRIBUTE)
        : null;
    return sum + (count === null ? 1 : Number(count));
  }, 0);
}

/** Waits for the first drawn items: thousands of events take a while. */
async function firstDraw() {
  await waitFor(
    () => {
      expect(drawnClasses().length).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
}

/** What vis-timeline reports after the user moved the window. */
function moveTo(start: Date, end: Date) {
  act(() => {
    liveTimeline().listeners.get('rangechanged')?.({ start, end });
  });
}

function lastSlice(): TimelineSlice {
  const last = timelineRequests.at(-1);
  if (!last) throw new Error('no timeline request');
  return JSON.parse(scaleApi('GET', last.url.href).body) as TimelineSlice;
}

test('thousands of events are drawn as at most MAX_DRAWN clusters', async () => {
  renderApp('/');
  await firstDraw();
  expect(drawnClasses().every((name) => name === 'tt-cluster')).toBe(true);
  expect(drawnClasses().length).toBeLessThanOrEqual(MAX_DRAWN);
  const slice = lastSlice();
  expect(slice.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
    TOTAL,
  );
  expect(
    screen.getByRole('group', {
      name: new RegExp(`^Timeline of ${TOTAL.toLocaleString('en')} events`),
    }),
  ).toBeInTheDocument();
});

test('zooming in asks for the visible window only, and draws its events', async () => {
  renderApp('/');
  await firstDraw();
  const start = new Date('2025-10-24T00:00:00Z');
  const end = new Date('2025-10-28T00:00:00Z');
  moveTo(start, end);
  await waitFor(() => {
    expect(timelineRequests.at(-1)?.url.searchParams.has('start')).toBe(true);
  });
  const asked = timelineRequests.at(-1)?.url.searchParams;
  expect(Date.parse(asked?.get('start') ?? '')).toBeLessThan(start.getTime());
  expect(Date.parse(asked?.get('end') ?? '')).toBeGreaterThan(end.getTime());
  const slice = lastSlice();
  expect(slice.total).toBeLessThan(TOTAL);
  await waitFor(() => {
    expect(drawnClasses().some((name) => name.startsWith('tt-item'))).toBe(
      true,
    );
  });
  expect(drawnEventCount()).toBe(slice.items.length);
});

test('a small pan within the fetched window asks nothing more', async () => {
  renderApp('/');
  await firstDraw();
  moveTo(new Date('2025-10-24T00:00:00Z'), new Date('2025-10-28T00:00:00Z'));
  await waitFor(() => {
    expect(timelineRequests).toHaveLength(2);
  });
  moveTo(new Date('2025-10-24T06:00:00Z'), new Date('2025-10-28T06:00:00Z'));
  await act(() => delay(400));
  expect(timelineRequests).toHaveLength(2);
});

test('a request no longer wanted is cancelled', async () => {
  renderApp('/');
  await firstDraw();
  const answer = withInternalErrors(scaleApi);
  server.use(
    http.get('/api/timeline', async (info) => {
      const start = new URL(info.request.url).searchParams.get('start');
      if (start?.startsWith('2019')) await delay('infinite');
      return answer(info);
    }),
  );
  moveTo(new Date('2019-03-01T00:00:00Z'), new Date('2019-03-05T00:00:00Z'));
  await waitFor(() => {
    expect(timelineRequests).toHaveLength(2);
  });
  moveTo(new Date('2025-10-24T00:00:00Z'), new Date('2025-10-28T00:00:00Z'));
  await waitFor(() => {
    expect(timelineRequests).toHaveLength(3);
  });
  await waitFor(() => {
    expect(timelineRequests[1]?.signal.aborted).toBe(true);
  });
  expect(timelineRequests[2]?.signal.aborted).toBe(false);
});

test('while the timeline fetches the window moved to, the page says it is refreshing, and stops once it is drawn', async () => {
  renderApp('/');
  await firstDraw();
  const refresh = await screen.findByRole('button', { name: 'Refresh' });
  const answer = withInternalErrors(scaleApi);
  let release = () => {};
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('/api/timeline', async (info) => {
      await answered;
      return answer(info);
    }),
  );
  moveTo(new Date('2019-03-01T00:00:00Z'), new Date('2019-03-05T00:00:00Z'));
  await waitFor(() => {
    expect(refresh).toHaveAccessibleName('Refreshing…');
  });
  expect(refresh).toBeDisabled();
  expect(screen.getByRole('region', { name: 'Events' })).toHaveAttribute(
    'aria-busy',
    'true',
  );
  release();
  await waitFor(() => {
    expect(refresh).toHaveAccessibleName('Refresh');
  });
  expect(refresh).toBeEnabled();
});

test('opening a cluster zooms into its bucket instead of opening an event', async () => {
  renderApp('/');
  await firstDraw();
  const timeline = liveTimeline();
  const [cluster] = timeline.items.get();
  if (!cluster?.end) throw new Error('no cluster drawn');
  timeline.setWindow.mockClear();
  act(() => {
    timeline.listeners.get('select')?.({ items: [cluster.id] });
  });
  expect(window.location.pathname).toBe('/');
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  const [start, end] = timeline.setWindow.mock.calls[0] ?? [];
  const bucketStart = new Date(cluster.start).getTime();
  const bucketEnd = new Date(cluster.end).getTime();
  expect(start?.getTime()).toBeLessThanOrEqual(bucketStart);
  expect(start?.getTime()).toBeGreaterThan(
    bucketStart - (bucketEnd - bucketStart),
  );
  expect(end?.getTime()).toBeGreaterThanOrEqual(bucketEnd);
  expect(end?.getTime()).toBeLessThan(bucketEnd + (bucketEnd - bucketStart));
});
