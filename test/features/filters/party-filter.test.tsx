import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';

import type { Facet, PartyWithCount } from '@/domain/event';
import type { Language } from '@/domain/language';
import { PartyFilter } from '@/features/filters/party-filter';
import { i18nIn } from '../../i18n-instance';

// As the API names them: in English, whatever the reader's language.
const PARTIES: PartyWithCount[] = [
  { code: 'AZ', name: 'Azerbaijan', kind: 'state', eventCount: 8 },
  { code: 'KP', name: 'North Korea', kind: 'state', eventCount: 1 },
  { code: 'PS', name: 'Palestinian Territories', kind: 'state', eventCount: 1 },
  { code: 'VN', name: 'Vietnam', kind: 'state', eventCount: 20 },
  { code: 'EU', name: 'European Union', kind: 'organization', eventCount: 3 },
  { code: 'UN', name: 'United Nations', kind: 'organization', eventCount: 5 },
  { code: 'ERICSSON', name: 'Ericsson', kind: 'company', eventCount: 1 },
];

const FACETS: Facet[] = PARTIES.map((party) => ({
  value: party.code,
  count: party.eventCount,
}));

function renderFilter(language: Language, selected: string[] = []) {
  const onChange = vi.fn<(selected: string[]) => void>();
  render(
    <I18nextProvider i18n={i18nIn(language)}>
      <PartyFilter
        facets={FACETS}
        parties={new Map(PARTIES.map((party) => [party.code, party]))}
        selected={selected}
        onChange={onChange}
      />
    </I18nextProvider>,
  );
  return { onChange, user: userEvent.setup() };
}

/** The names offered in a group ("States", "Quốc gia", …), in order. */
function namesIn(group: string): string[] {
  const list = screen.getByRole('group', { name: group });
  return within(list)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('.tt-option__label'))
    .map((label) => label?.textContent ?? '');
}

test.each<{
  language: Language;
  states: string;
  organisations: string;
  stateNames: string[];
  organisationNames: string[];
}>([
  {
    language: 'en',
    states: 'States',
    organisations: 'Organisations and companies',
    stateNames: ['Azerbaijan', 'North Korea', 'State of Palestine', 'Vietnam'],
    organisationNames: ['Ericsson', 'European Union', 'United Nations'],
  },
  {
    language: 'vi',
    states: 'Quốc gia',
    organisations: 'Tổ chức và doanh nghiệp',
    stateNames: ['Azerbaijan', 'Nhà nước Palestine', 'Triều Tiên', 'Việt Nam'],
    organisationNames: [
      'Liên Hợp Quốc',
      'Liên minh châu Âu',
      'Tập đoàn Ericsson',
    ],
  },
  {
    language: 'hi',
    states: 'देश',
    organisations: 'संगठन और कंपनियाँ',
    stateNames: ['अज़रबैजान', 'उत्तर कोरिया', 'फ़िलिस्तीन राज्य', 'वियतनाम'],
    organisationNames: ['एरिक्सन', 'यूरोपीय संघ', 'संयुक्त राष्ट्र'],
  },
])(
  'in $language, states are named by Intl (Palestine by its signing name) and organisations by the resources',
  ({ language, states, organisations, stateNames, organisationNames }) => {
    renderFilter(language);
    expect(namesIn(states)).toEqual(stateNames);
    expect(namesIn(organisations)).toEqual(organisationNames);
  },
);

test('the chosen ones come first, and stay whatever is typed', async () => {
  const { user } = renderFilter('en', ['VN', 'UN']);
  expect(namesIn('States')).toEqual([
    'Vietnam',
    'Azerbaijan',
    'North Korea',
    'State of Palestine',
  ]);
  expect(namesIn('Organisations and companies')[0]).toBe('United Nations');
  await user.type(
    screen.getByRole('searchbox', { name: 'Find a country or organisation' }),
    'korea',
  );
  expect(namesIn('States')).toEqual(['Vietnam', 'North Korea']);
  expect(namesIn('Organisations and companies')).toEqual(['United Nations']);
});

test('the type-ahead finds a state by its name in the interface, in English, or by code', async () => {
  const { user } = renderFilter('vi');
  const box = screen.getByRole('searchbox', {
    name: 'Tìm một quốc gia hoặc tổ chức',
  });
  await user.type(box, 'trieu tien');
  expect(namesIn('Quốc gia')).toEqual(['Triều Tiên']);
  await user.clear(box);
  await user.type(box, 'north korea');
  expect(namesIn('Quốc gia')).toEqual(['Triều Tiên']);
  await user.clear(box);
  await user.type(box, 'eu');
  expect(namesIn('Tổ chức và doanh nghiệp')).toEqual(['Liên minh châu Âu']);
});

/* eslint-disable testing-library/no-node-access -- a flag is decorative
   (alt=""), so no role or name reaches it: its option's label is searched. */
test('each option shows its count and a flag for a state or the EU', () => {
  renderFilter('en');
  const vietnam = screen.getByRole('checkbox', { name: /Vietnam/ });
  const label = vietnam.closest('label');
  expect(label?.querySelector('.tt-flag > img')).not.toBeNull();
  expect(
    within(label as HTMLElement).getByLabelText('20 events'),
  ).toBeInTheDocument();
  const eu = screen.getByRole('checkbox', { name: /European Union/ });
  expect(eu.closest('label')?.querySelector('.tt-flag > img')).not.toBeNull();
  const ericsson = screen.getByRole('checkbox', { name: /Ericsson/ });
  expect(ericsson.closest('label')?.querySelector('.tt-flag > img')).toBeNull();
});
/* eslint-enable testing-library/no-node-access */

test('checking a party asks for it to be added', async () => {
  const { user, onChange } = renderFilter('hi', ['AZ']);
  await user.click(screen.getByRole('checkbox', { name: /उत्तर कोरिया/ }));
  expect(onChange).toHaveBeenCalledWith(['AZ', 'KP']);
});

test('toggles follow one another: each starts from the selection the last one made', async () => {
  function Controlled() {
    const [selected, setSelected] = useState<string[]>([]);
    return (
      <PartyFilter
        facets={FACETS}
        parties={new Map(PARTIES.map((party) => [party.code, party]))}
        selected={selected}
        onChange={setSelected}
      />
    );
  }
  render(
    <I18nextProvider i18n={i18nIn('en')}>
      <Controlled />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('checkbox', { name: /Azerbaijan/ }));
  await user.click(screen.getByRole('checkbox', { name: /North Korea/ }));
  await user.click(screen.getByRole('checkbox', { name: /Azerbaijan/ }));
  expect(
    screen.getByRole('checkbox', { name: /Azerbaijan/ }),
  ).not.toBeChecked();
  expect(screen.getByRole('checkbox', { name: /North Korea/ })).toBeChecked();
});
