import { beforeEach, vi } from 'vitest';

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
