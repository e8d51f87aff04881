import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

import { server } from '../mocks/node';

// A failed query prints the whole DOM into its error; findBy* and waitFor
// fail on every poll until they succeed, and with a hundred rows and eighty
// parties on the page that printing takes most of a test's time. The message
// still names what was looked for. Role queries over a page of that size are
// slow in jsdom too, so async queries wait up to 5 s rather than 1 s.
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
afterEach(() => {
  server.resetHandlers();
  cleanup();
  localStorage.clear();
});
afterAll(() => {
  server.close();
});

// A console error or warning (React's act() and key warnings among them) is a
// bug: make it fail the test that caused it. A test that expects one mocks it.
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(
        `console.${method} was called: ${args.map(String).join(' ')}`,
      );
    });
  }
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
