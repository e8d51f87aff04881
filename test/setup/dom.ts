/**
 * Set-up for the tests that need a DOM (the `dom` project in vite.config.ts):
 * jest-dom's matchers, the mock API over MSW, a clean page after each test,
 * and one fake vis-timeline for all of them (jsdom lays nothing out, so the
 * real one draws no items; test/fakes/vis-timeline.ts records what the
 * wrapper asks of it).
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

import { server } from '../../mocks/node';
import { fakeTimelines } from '../fakes/vis-timeline';

vi.mock('vis-timeline/esnext', () => import('../fakes/vis-timeline'));

// findBy and waitFor wait 5 s: a loaded 2-core machine needs more than the
// default second for the first render of the whole app. A failed query prints the whole DOM into its error; findBy* and waitFor
// fail on every poll until they succeed, and with a hundred rows and eighty
// parties on the page that printing takes most of a test's time. The message
// still names what was looked for.
configure({
  asyncUtilTimeout: 5000,
  getElementError: (message) => {
    const error = new Error(message ?? 'Element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  fakeTimelines.length = 0;
});
afterEach(() => {
  server.resetHandlers();
  // Vitest runs without globals, so Testing Library cannot clean up by itself.
  cleanup();
  localStorage.clear();
});
afterAll(() => {
  server.close();
});

// jsdom has no matchMedia; the app asks it whether to animate and whether
// the system wants more contrast. A test may spy on it.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}
