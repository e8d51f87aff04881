import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import { renderApp } from '../render';

/** Azerbaijan's events in the real data, and how the map names its shape. */
const AZERBAIJAN_EVENTS = events.filter((event) =>
  event.parties.includes('AZ'),
).length;
const AZERBAIJAN = `Azerbaijan: ${String(AZERBAIJAN_EVENTS)} events`;

/** The map appears once the first view is shown: wait for it. */
async function theMap() {
  return screen.findByRole(
    'group',
    { name: 'World map of the states with events' },
    { timeout: 8000 },
  );
}

/** The map loads after the first view, then its atlas: a slower start. */
const SLOW = 15_000;

test(
  'clicking a state on the map filters the events and puts it in the URL',
  async () => {
    const { user } = renderApp('/');
    const map = await theMap();
    await user.click(within(map).getByRole('button', { name: AZERBAIJAN }));
    expect(window.location.search).toBe('?party=AZ');
    expect(
      await screen.findByRole(
        'table',
        { name: `Events in time order (${String(AZERBAIJAN_EVENTS)})` },
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(
      within(map).getByRole('button', { name: AZERBAIJAN }),
    ).toHaveAttribute('aria-pressed', 'true');
  },
  SLOW,
);

test(
  'the map follows the URL: a chosen state is pressed, and Enter removes it',
  async () => {
    const { user } = renderApp('/?party=AZ&party=PL');
    const map = await theMap();
    const poland = within(map).getByRole('button', { name: /^Poland/ });
    expect(poland).toHaveAttribute('aria-pressed', 'true');
    poland.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?party=AZ');
  },
  SLOW,
);
