import type { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';

import { App } from '@/app/app';
import { takeFirstAnswers } from '@/app/first-answers';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import {
  drawFirstView,
  takeFirstDrawing,
} from '@/features/timeline/first-drawing';
import { createI18n } from '@/i18n/create-i18n';
import { renderFirstView } from '@/prerender';

import { type FakeTimeline, liveTimeline } from '../../fakes/vis-timeline';

/* eslint-disable testing-library/no-node-access -- what is tested is the
   drawing's own element and vis-timeline's nodes in it, kept as they are,
   and the dashboard's state of waiting for them, which no role names */

const pages: HTMLElement[] = [];
afterEach(() => {
  for (const page of pages.splice(0)) page.remove();
});

/** The page the build writes: the prerendered view and its answers. */
async function prerenderedPage() {
  window.history.replaceState({}, '', '/');
  const { html, answers } = await renderFirstView();
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  pages.push(root);
  const queryClient = createQueryClient({ retry: false });
  if (answers) takeFirstAnswers(queryClient, answers);
  const container = root.querySelector<HTMLElement>('.tt-timeline');
  if (!container) throw new Error('no timeline element prerendered');
  return { root, container, queryClient };
}

/** vis-timeline says it drew ('changed'), and a frame goes by. */
async function drew(timeline: FakeTimeline) {
  timeline.listeners.get('changed')?.();
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Hydrates the app over the prerendered page, as main.tsx does; returns it
 * and the errors and warnings logged. The build's prerender ran in this
 * process, on the same contexts: React's development build says so, which
 * a browser, running only the app, never sees; that one is not returned.
 */
async function hydrateApp(root: HTMLElement, queryClient: QueryClient) {
  const messages: string[] = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      const message = args.map(String).join(' ');
      if (!message.includes('Detected multiple renderers')) {
        messages.push(message);
      }
    });
  }
  let app: Root | undefined;
  await act(async () => {
    app = hydrateRoot(
      root,
      <Providers i18n={createI18n('en')} queryClient={queryClient}>
        <App />
      </Providers>,
    );
    await Promise.resolve();
  });
  if (!app) throw new Error('the app did not hydrate');
  return { app, messages };
}

/** What is done to a data set from now on. */
function changesOf(set: FakeTimeline['items'] | FakeTimeline['groups']) {
  const changes: string[] = [];
  set.on('*', (event, payload) => {
    changes.push(`${event} ${JSON.stringify(payload)}`);
  });
  return changes;
}

test('the prerendered view’s timeline is drawn from the page’s answers before the app runs, and shown once placed', async () => {
  const { root, container, queryClient } = await prerenderedPage();
  drawFirstView(root, queryClient);

  const timeline = liveTimeline();
  expect(timeline.container).toBe(container);
  const contents = timeline.items.get().map((item) => item.content);
  expect(contents).toContain(
    'UN Convention against Cybercrime opens for signature in Hanoi',
  );
  expect(timeline.groups.getIds()).toContain('signature');
  expect(container).not.toHaveAttribute('data-placed');

  await drew(timeline);
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  expect(timeline.setWindow.mock.calls[0]?.[2]).toEqual({ animation: false });
  expect(container).toHaveAttribute('data-placed');
  // Taken once, by the element it is drawn in.
  expect(takeFirstDrawing(document.createElement('div'))).toBeNull();
  expect(takeFirstDrawing(container)?.timeline).toBe(timeline);
  expect(takeFirstDrawing(container)).toBeNull();
});

test('hydrated, the app takes the drawing over as it is: one timeline, nothing drawn again, no warning', async () => {
  const { root, container, queryClient } = await prerenderedPage();
  drawFirstView(root, queryClient);
  const timeline = liveTimeline();
  await drew(timeline);
  const itemChanges = changesOf(timeline.items);
  const laneChanges = changesOf(timeline.groups);
  const drawing = container.firstElementChild;
  const { app, messages } = await hydrateApp(root, queryClient);

  // What waited for the drawing comes.
  await waitFor(() => {
    expect(root.querySelector('.tt-dashboard--drawing')).toBeNull();
  });
  expect(liveTimeline()).toBe(timeline);
  expect(timeline.destroy).not.toHaveBeenCalled();
  expect(itemChanges).toEqual([]);
  expect(laneChanges).toEqual([]);
  expect(container.firstElementChild).toBe(drawing);
  expect(container).toHaveAttribute('data-placed');
  expect(messages).toEqual([]);
  // The app listens to it: choosing an event there opens it.
  act(() => {
    timeline.listeners.get('select')?.({
      items: ['hanoi-convention-opening-2025-10-25'],
    });
  });
  expect(window.location.pathname).toBe(
    '/events/hanoi-convention-opening-2025-10-25',
  );
  act(() => {
    app.unmount();
  });
  expect(timeline.destroy).toHaveBeenCalledTimes(1);
});

test('taken over once placed but before the frame that shows it, the drawing is shown all the same', async () => {
  const { root, container, queryClient } = await prerenderedPage();
  drawFirstView(root, queryClient);
  const timeline = liveTimeline();
  // Placed, and drawn at that window (vis-timeline says so a task later),
  // but the frame that would show it has not come when the app takes it
  // over; vis-timeline then has nothing more to say.
  const frames = vi
    .spyOn(window, 'requestAnimationFrame')
    .mockImplementation(() => 1_000_000);
  timeline.listeners.get('changed')?.();
  expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  frames.mockRestore();
  expect(container).not.toHaveAttribute('data-placed');

  const { app, messages } = await hydrateApp(root, queryClient);

  await waitFor(() => {
    expect(root.querySelector('.tt-dashboard--drawing')).toBeNull();
  });
  expect(messages).toEqual([]);
  expect(container).toHaveAttribute('data-placed');
  expect(liveTimeline()).toBe(timeline);
  act(() => {
    app.unmount();
  });
});

test('without the page’s answers, nothing is drawn before the app', async () => {
  const { root, container } = await prerenderedPage();
  drawFirstView(root, createQueryClient());
  expect(takeFirstDrawing(container)).toBeNull();
  expect(container).toBeEmptyDOMElement();
});
