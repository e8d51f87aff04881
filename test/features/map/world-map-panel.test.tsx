import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';

import type { Facet, PartyWithCount } from '@/domain/event';
import type { Language } from '@/domain/language';
import { WorldMapPanel } from '@/features/map/world-map-panel';
import { i18nIn } from '../../i18n-instance';

const PARTIES = new Map<string, PartyWithCount>(
  (
    [
      ['AZ', 'Azerbaijan', 'state', 5],
      ['VN', 'Vietnam', 'state', 15],
      ['PL', 'Poland', 'state', 1],
      ['UN', 'United Nations', 'organization', 4],
    ] as const
  ).map(([code, name, kind, eventCount]) => [
    code,
    { code, name, kind, eventCount },
  ]),
);

const FACETS: Facet[] = [
  { value: 'VN', count: 15 },
  { value: 'AZ', count: 5 },
  { value: 'UN', count: 4 },
  { value: 'PL', count: 1 },
  { value: 'NR', count: 2 },
];

function renderMap({
  selected = [],
  language = 'en',
}: { selected?: string[]; language?: Language } = {}) {
  const onToggle = vi.fn<(code: string) => void>();
  render(
    <I18nextProvider i18n={i18nIn(language)}>
      <WorldMapPanel
        facets={FACETS}
        parties={PARTIES}
        selected={selected}
        onToggle={onToggle}
      />
    </I18nextProvider>,
  );
  return { onToggle, user: userEvent.setup() };
}

function theMap() {
  return screen.getByRole('group', {
    name: 'World map of the states with events',
  });
}

test('every state with events is on the map, named with its count; organisations are not', () => {
  renderMap();
  const states = within(theMap()).getAllByRole('button');
  expect(states.map((state) => state.getAttribute('aria-label'))).toEqual([
    'Poland: 1 event',
    'Azerbaijan: 5 events',
    'Vietnam: 15 events',
    'Nauru: 2 events',
  ]);
  expect(
    within(theMap()).queryByRole('button', { name: /United Nations/ }),
  ).not.toBeInTheDocument();
});

test('clicking a state toggles it in the country filter', async () => {
  const { onToggle, user } = renderMap();
  await user.click(
    within(theMap()).getByRole('button', { name: 'Azerbaijan: 5 events' }),
  );
  expect(onToggle).toHaveBeenCalledExactlyOnceWith('AZ');
});

test('chosen states are pressed', () => {
  renderMap({ selected: ['AZ'] });
  expect(
    within(theMap()).getByRole('button', { name: /Azerbaijan/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(
    within(theMap()).getByRole('button', { name: /Vietnam/ }),
  ).toHaveAttribute('aria-pressed', 'false');
});

test('the map is one Tab stop; the arrows move west to east; Enter and Space toggle', async () => {
  const { onToggle, user } = renderMap();
  await user.tab();
  expect(
    within(theMap()).getByRole('button', { name: 'Poland: 1 event' }),
  ).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  const azerbaijan = within(theMap()).getByRole('button', {
    name: 'Azerbaijan: 5 events',
  });
  expect(azerbaijan).toHaveFocus();
  expect(azerbaijan).toHaveAttribute('tabindex', '0');
  await user.keyboard('{Enter}');
  expect(onToggle).toHaveBeenLastCalledWith('AZ');
  await user.keyboard('{End}');
  expect(
    within(theMap()).getByRole('button', { name: 'Nauru: 2 events' }),
  ).toHaveFocus();
  await user.keyboard(' ');
  expect(onToggle).toHaveBeenLastCalledWith('NR');
  await user.keyboard('{ArrowRight}');
  expect(
    within(theMap()).getByRole('button', { name: 'Poland: 1 event' }),
  ).toHaveFocus();
  // One Tab stop: the next Tab leaves the map.
  await user.tab();
  for (const state of within(theMap()).getAllByRole('button')) {
    expect(state).not.toHaveFocus();
  }
});

test('focus shows the name and count beside the state', async () => {
  const { user } = renderMap();
  await user.tab();
  // The tip is aria-hidden (the focused state's own name says the same), so
  // it has no role or name to be found by.
  // eslint-disable-next-line testing-library/no-node-access
  const tip = document.querySelector('.tt-map__tip');
  expect(tip).toHaveTextContent('Poland');
  expect(tip).toHaveTextContent('1 event');
  expect(tip).toHaveAttribute('aria-hidden', 'true');
});

test('the same states as a table, with counts and toggle buttons', async () => {
  const { onToggle, user } = renderMap({ selected: ['PL'] });
  await user.click(screen.getByText('The states as a list (4)'));
  const table = screen.getByRole('table', { name: /States with events/ });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => row.textContent)).toEqual([
    'Azerbaijan5',
    'Nauru2',
    'Poland1',
    'Vietnam15',
  ]);
  const poland = within(table).getByRole('button', { name: 'Poland' });
  expect(poland).toHaveAttribute('aria-pressed', 'true');
  await user.click(poland);
  expect(onToggle).toHaveBeenCalledExactlyOnceWith('PL');
});

test.each([
  ['vi', 'Việt Nam: 15 sự kiện'],
  ['hi', 'वियतनाम: 15 घटनाएँ'],
] as const)('in %s, states are named in the language', (language, name) => {
  renderMap({ language });
  expect(screen.getByRole('button', { name })).toBeInTheDocument();
});

test('the legend says what each shade counts', () => {
  renderMap();
  const legend = screen.getByRole('list', { name: 'Events per state' });
  expect(
    within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'None',
    '1',
    '2',
    '3 to 4',
    '5 to 8',
    '9 to 15',
    'Chosen',
    'State too small to draw',
  ]);
});
