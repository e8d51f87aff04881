import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';

import { PAGE_LIMIT } from '@/api/events';

import { events } from '../../mocks/data/events';
import { renderApp } from '../render';

const ALL = events.length;
/** The table lists the first page of the matches. */
const SHOWN = Math.min(ALL, PAGE_LIMIT);

const AZERBAIJAN_EVENTS = [
  'baku-state-visit-2025-05-07',
  'vn-az-strategic-partnership-2025-05-07',
  'vn-az-documents-2025-05-07',
  'mps-az-baku-agreements-2025-05',
  'signature-az-2025-10-25',
  'quang-azerbaijan-2025-10-26',
  'azerbaijan-parliament-approves-2026-02-10',
  'azerbaijan-president-approves-2026-02-23',
];

/** Every event with Lương Tam Quang or Lương Cường in it. */
const LUONG_EVENTS = [
  'mps-az-baku-agreements-2025-05',
  'baku-state-visit-2025-05-07',
  'ramaphosa-state-visit-2025-10-23',
  'quang-unodc-2025-10-25',
  'signature-vn-2025-10-25',
  'hanoi-convention-opening-2025-10-25',
  'quang-algeria-2025-10-26',
  'quang-azerbaijan-2025-10-26',
  'quang-ericsson-2025-10-26',
  'quang-iran-2025-10-26',
  'quang-mozambique-2025-10-26',
  'quang-southafrica-2025-10-26',
  'quang-poland-2025-10-27',
];

function titlesOf(ids: readonly string[]): string[] {
  return ids
    .map((id) => {
      const event = events.find((candidate) => candidate.id === id);
      if (!event) throw new Error(`no real event ${id}`);
      return event.title;
    })
    .sort();
}

/** Waits for the table to list `count` events; returns their titles, sorted. */
async function tableTitles(count: number): Promise<string[]> {
  const table = await screen.findByRole('table', {
    name: `Events in time order (${count})`,
  });
  // The table was found among what is shown; reading its hundred rows does
  // not check each one's visibility again, which costs seconds in jsdom.
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((row) => within(row).getByRole('button', { hidden: true }).textContent)
    .sort();
}

async function countryCheckbox(name: RegExp) {
  const states = await screen.findByRole('group', { name: 'States' });
  return within(states).findByRole('checkbox', { name });
}

test('choosing Azerbaijan filters the table to its 8 events and puts it in the URL', async () => {
  const { user } = renderApp('/');
  await tableTitles(SHOWN);
  const azerbaijan = await countryCheckbox(/Azerbaijan/);
  expect(azerbaijan).not.toBeChecked();

  await user.click(azerbaijan);

  expect(window.location.search).toBe('?party=AZ');
  expect(await tableTitles(AZERBAIJAN_EVENTS.length)).toEqual(
    titlesOf(AZERBAIJAN_EVENTS),
  );
  expect(
    await screen.findByText(`${AZERBAIJAN_EVENTS.length} of ${ALL} events`),
  ).toBeInTheDocument();
  expect(await countryCheckbox(/Azerbaijan/)).toBeChecked();
});

test('the country chip names the country, and removing it brings every event back', async () => {
  const { user } = renderApp('/');
  await tableTitles(SHOWN);
  await user.click(await countryCheckbox(/Azerbaijan/));
  await tableTitles(AZERBAIJAN_EVENTS.length);

  const chips = await screen.findByRole('list', { name: 'Active filters' });
  const chip = within(chips).getByRole('button', {
    name: 'Remove filter Country: Azerbaijan',
  });
  expect(chip).toHaveTextContent('Country: Azerbaijan');

  await user.click(chip);

  expect(window.location.search).toBe('');
  expect(await tableTitles(SHOWN)).toEqual(
    titlesOf(events.slice(0, PAGE_LIMIT).map((event) => event.id)),
  );
  expect(
    screen.queryByRole('list', { name: 'Active filters' }),
  ).not.toBeInTheDocument();
  expect(await countryCheckbox(/Azerbaijan/)).not.toBeChecked();
});

test('Clear all clears several filters at once and keeps the lanes', async () => {
  const { user } = renderApp('/?lanes=counterpart');
  await tableTitles(SHOWN);
  await user.click(await countryCheckbox(/Azerbaijan/));
  await tableTitles(AZERBAIJAN_EVENTS.length);
  const types = screen.getByRole('group', { name: 'Event type' });
  await user.click(within(types).getByRole('checkbox', { name: /Agreement/ }));
  // Three agreements, and the October meeting at which one was signed.
  await tableTitles(4);
  expect(new URLSearchParams(window.location.search).getAll('type')).toEqual([
    'agreement',
  ]);
  const chips = screen.getByRole('list', { name: 'Active filters' });
  expect(within(chips).getAllByRole('button')).toHaveLength(2);

  await user.click(screen.getByRole('button', { name: 'Clear all' }));

  expect(window.location.search).toBe('?lanes=counterpart');
  await tableTitles(SHOWN);
  expect(
    screen.queryByRole('list', { name: 'Active filters' }),
  ).not.toBeInTheDocument();
  expect(
    screen.queryByRole('button', { name: 'Clear all' }),
  ).not.toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Lanes by country' })).toBeChecked();
});

test.each(['luong', 'LƯƠNG', 'Lương'])(
  'searching “%s” shows only the events that mention Lương, accents or not',
  async (typed) => {
    const { user } = renderApp('/');
    await tableTitles(SHOWN);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), typed);

    expect(await tableTitles(LUONG_EVENTS.length)).toEqual(
      titlesOf(LUONG_EVENTS),
    );
    expect(new URLSearchParams(window.location.search).get('q')).toBe(typed);
    expect(
      screen.getByRole('button', { name: `Remove filter Search: “${typed}”` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${LUONG_EVENTS.length} of ${ALL} events`),
    ).toBeInTheDocument();
  },
);

test('the search waits for typing to pause before changing the URL', async () => {
  const { user } = renderApp('/');
  await tableTitles(SHOWN);
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'luo');
  expect(window.location.search).toBe('');
  await waitFor(() => {
    expect(window.location.search).toBe('?q=luo');
  });
});

test('the search box follows the URL: a link fills it, removing its chip empties it', async () => {
  const { user } = renderApp('/?q=luong');
  await tableTitles(LUONG_EVENTS.length);
  const box = screen.getByRole('searchbox', { name: 'Search' });
  expect(box).toHaveValue('luong');

  await user.click(
    screen.getByRole('button', { name: 'Remove filter Search: “luong”' }),
  );

  await tableTitles(SHOWN);
  expect(box).toHaveValue('');
  expect(window.location.search).toBe('');
});

test('a link with unusable values says which were dropped and why, and keeps the rest', async () => {
  const { user } = renderApp('/?type=meeting&from=2025-13-01&party=AZ');

  const alert = await screen.findByRole('alert');
  const items = within(alert).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent(/^type=meeting: \S.*\.$/);
  expect(items[1]).toHaveTextContent(/^from=2025-13-01: \S.*\.$/);

  await waitFor(() => {
    expect(window.location.search).toBe('?party=AZ');
  });
  expect(await tableTitles(AZERBAIJAN_EVENTS.length)).toEqual(
    titlesOf(AZERBAIJAN_EVENTS),
  );
  expect(await countryCheckbox(/Azerbaijan/)).toBeChecked();

  await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));

  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(window.location.search).toBe('?party=AZ');
  await tableTitles(AZERBAIJAN_EVENTS.length);
});

test('filters with no result say so, and Clear filters brings every event back', async () => {
  const { user } = renderApp('/?party=AZ&type=ceremony');
  expect(
    await screen.findByText('No events match these filters.'),
  ).toBeInTheDocument();
  expect(screen.getByText(`0 of ${ALL} events`)).toBeInTheDocument();
  expect(
    screen.queryByRole('table', { name: /events in time order/i }),
  ).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Clear filters' }));

  expect(window.location.search).toBe('');
  await tableTitles(SHOWN);
  expect(
    screen.queryByText('No events match these filters.'),
  ).not.toBeInTheDocument();
});

test('Back after choosing a filter restores the previous view', async () => {
  const { user } = renderApp('/');
  await tableTitles(SHOWN);
  await user.click(await countryCheckbox(/Azerbaijan/));
  await tableTitles(AZERBAIJAN_EVENTS.length);

  window.history.back();

  expect(await tableTitles(SHOWN)).toHaveLength(SHOWN);
  expect(window.location.search).toBe('');
  expect(await countryCheckbox(/Azerbaijan/)).not.toBeChecked();
  expect(
    screen.queryByRole('list', { name: 'Active filters' }),
  ).not.toBeInTheDocument();
});

test('the lanes switch puts lanes=counterpart in the URL and keeps the filters', async () => {
  const { user } = renderApp('/?party=AZ');
  await tableTitles(AZERBAIJAN_EVENTS.length);
  const byCountry = screen.getByRole('radio', { name: 'Lanes by country' });
  expect(byCountry).not.toBeChecked();
  expect(screen.getByRole('radio', { name: 'Lanes by type' })).toBeChecked();

  await user.click(byCountry);

  expect(window.location.search).toBe('?party=AZ&lanes=counterpart');
  expect(screen.getByRole('radio', { name: 'Lanes by country' })).toBeChecked();
  await tableTitles(AZERBAIJAN_EVENTS.length);
});

test('the type-ahead narrows the country list', async () => {
  const { user } = renderApp('/');
  await tableTitles(SHOWN);
  expect(
    screen.getByRole('group', { name: 'Organisations and companies' }),
  ).toBeInTheDocument();

  await user.type(
    screen.getByRole('searchbox', { name: 'Find a country or organisation' }),
    'moz',
  );

  const states = screen.getByRole('group', { name: 'States' });
  const boxes = within(states).getAllByRole('checkbox');
  expect(boxes).toHaveLength(1);
  expect(boxes[0]).toHaveAccessibleName(/Mozambique/);
  expect(
    screen.queryByRole('group', { name: 'Organisations and companies' }),
  ).not.toBeInTheDocument();
  expect(window.location.search).toBe('');
});

test('choosing “Table only” is kept in the URL and hides the drawn timeline', async () => {
  const { user } = renderApp('/?party=AZ');
  await tableTitles(AZERBAIJAN_EVENTS.length);
  const show = screen.getByRole('radiogroup', { name: 'Show' });
  expect(
    within(show).getByRole('radio', { name: 'Timeline and table' }),
  ).toBeChecked();

  await user.click(within(show).getByRole('radio', { name: 'Table only' }));

  expect(window.location.search).toBe('?party=AZ&view=list');
  expect(within(show).getByRole('radio', { name: 'Table only' })).toBeChecked();
  expect(
    screen.queryByRole('radio', { name: 'Lanes by country' }),
  ).not.toBeInTheDocument();
  await tableTitles(AZERBAIJAN_EVENTS.length);
});
