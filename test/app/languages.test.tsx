import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import { renderApp } from '../render';

async function firstRowDate(name: RegExp): Promise<string> {
  const table = await screen.findByRole('table', { name });
  const [, firstRow] = within(table).getAllByRole('row');
  return within(firstRow ?? table).getAllByRole('cell')[0]?.textContent ?? '';
}

test('choosing Tiếng Việt translates the labels and dates, and puts lang=vi in the URL', async () => {
  const { user } = renderApp('/?party=AZ');
  const englishDate = await firstRowDate(/events in time order/i);
  expect(document.documentElement.lang).toBe('en');

  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Language' }),
    'Tiếng Việt',
  );

  const vietnameseDate = await firstRowDate(
    /Các sự kiện theo thứ tự thời gian/,
  );
  expect(vietnameseDate).not.toBe(englishDate);
  expect(vietnameseDate).toMatch(/thg|tháng/);
  expect(
    screen.getByRole('columnheader', { name: 'Ngày (giờ địa phương)' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('search', { name: 'Lọc sự kiện' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi');
  expect(window.location.search).toBe('?party=AZ&lang=vi');
  await waitFor(() => {
    expect(document.documentElement.lang).toBe('vi');
  });
});

test('a link with lang=hi opens in Hindi, titles from the data are shown as sent', async () => {
  renderApp('/?lang=hi&q=luong');
  expect(
    await screen.findByRole('heading', { name: 'संधि समयरेखा' }),
  ).toBeInTheDocument();
  const table = await screen.findByRole('table', {
    name: /समय क्रम में घटनाएँ/,
  });
  expect(
    within(table).getByRole('columnheader', { name: 'प्रकार' }),
  ).toBeInTheDocument();
  const titles = within(table)
    .getAllByRole('button')
    .map((button) => button.textContent);
  const dataTitles = events.map((event) => event.title);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(dataTitles).toContain(title);
  await waitFor(() => {
    expect(document.documentElement.lang).toBe('hi');
  });
});

test('a link with an unknown language drops it with a notice and stays in the browser’s language', async () => {
  renderApp('/?lang=xx&party=AZ');
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('listitem')).toHaveTextContent(
    'lang=xx: there is no such language.',
  );
  await waitFor(() => {
    expect(window.location.search).toBe('?party=AZ');
  });
  expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});

test.each([
  {
    lang: 'vi',
    table: /Các sự kiện theo thứ tự thời gian/,
    states: ['Triều Tiên', 'Việt Nam'],
    organisation: 'Liên Hợp Quốc',
  },
  {
    lang: 'hi',
    table: /समय क्रम में घटनाएँ/,
    states: ['उत्तर कोरिया', 'वियतनाम'],
    organisation: 'संयुक्त राष्ट्र',
  },
])(
  'in $lang the table, the filter and its chips name states by Intl and organisations by the resources',
  async ({ lang, table, states, organisation }) => {
    renderApp(`/?lang=${lang}&party=KP&party=UN`);
    const list = await screen.findByRole('table', { name: table });
    const parties = within(list)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => within(row).getAllByRole('cell', { hidden: true })[2]);
    const [northKorea, vietnam] = states;
    expect(parties.some((cell) => cell?.textContent === northKorea)).toBe(true);
    expect(
      parties.some((cell) => cell?.textContent.includes(organisation)),
    ).toBe(true);
    expect(
      screen.getByRole('checkbox', { name: new RegExp(northKorea ?? '') }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: new RegExp(vietnam ?? '') }),
    ).not.toBeChecked();
    const chips = screen
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(chips.some((chip) => chip.includes(northKorea ?? ''))).toBe(true);
  },
);
