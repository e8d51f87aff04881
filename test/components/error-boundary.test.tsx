import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';

import { ErrorBoundary } from '@/components/error-boundary';

import { renderInEnglish } from '../render';

/** A child whose render throws while `state.broken` is true. */
function createFlakyChild() {
  const state = { broken: true };
  function FlakyChild() {
    if (state.broken) throw new Error('The lanes could not be computed.');
    return <p>The timeline is back.</p>;
  }
  return { state, FlakyChild };
}

test('a child that renders fine is shown as is, with no alert', () => {
  renderInEnglish(
    <ErrorBoundary>
      <p>All good.</p>
    </ErrorBoundary>,
  );
  expect(screen.getByText('All good.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a render error shows its message, a way to retry and a way out; retry recovers', async () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const user = userEvent.setup();
  const { state, FlakyChild } = createFlakyChild();
  renderInEnglish(
    <ErrorBoundary>
      <FlakyChild />
    </ErrorBoundary>,
  );

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(
    'Something went wrong while showing this page.',
  );
  expect(alert).toHaveTextContent('The lanes could not be computed.');
  expect(
    within(alert).getByRole('link', {
      name: 'Start over from the full timeline',
    }),
  ).toHaveAttribute('href', '/');
  expect(consoleError).toHaveBeenCalledWith(
    'The dashboard failed to render:',
    expect.objectContaining({ message: 'The lanes could not be computed.' }),
    expect.any(String),
  );
  expect(screen.queryByText('The timeline is back.')).not.toBeInTheDocument();

  state.broken = false;
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));

  expect(screen.getByText('The timeline is back.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('Try again while the child still throws shows the alert again', async () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const user = userEvent.setup();
  const { FlakyChild } = createFlakyChild();
  renderInEnglish(
    <ErrorBoundary>
      <FlakyChild />
    </ErrorBoundary>,
  );
  const logged = consoleError.mock.calls.length;
  expect(logged).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: 'Try again' }));

  expect(screen.getByRole('alert')).toHaveTextContent(
    'The lanes could not be computed.',
  );
  expect(consoleError.mock.calls.length).toBeGreaterThan(logged);
});
