import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, test } from 'vitest';

import { stateName } from '@/domain/state-name';
import { toTreatyProgress } from '@/features/treaty-progress/treaty-progress';
import { TreatyProgressView } from '@/features/treaty-progress/treaty-progress-view';

import { renderInEnglish } from '../../render';
import { hanoiSignatures, kindOf, progressEvent } from './progress-events';

const nameOf = (code: string) => stateName(code, 'en-GB');

function renderProgress(events = hanoiSignatures(), shown = 0, total = 0) {
  renderInEnglish(
    <TreatyProgressView
      progress={toTreatyProgress(events, kindOf)}
      nameOf={nameOf}
      shown={shown}
      total={total}
    />,
  );
}

const AZERBAIJAN_STEPS = [
  progressEvent(
    'ratification',
    '2026-02-10',
    'AZ',
    'Milli Majlis adopts the law approving the Convention',
  ),
  progressEvent(
    'ratification',
    '2026-02-23',
    'AZ',
    'President Aliyev signs the law approving the Convention',
  ),
];

test('domestic steps are counted as steps, not as deposits, and the missing deposit is said', () => {
  renderProgress([...hanoiSignatures(), ...AZERBAIJAN_STEPS]);
  expect(
    screen.getByText('Signatories (states and organisations): 72'),
  ).toBeInTheDocument();
  expect(
    screen.getByText('Ratification steps reported: 2, by Azerbaijan'),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      'Instruments reported deposited with the UN: 0 of the 40 needed',
    ),
  ).toBeInTheDocument();
  expect(
    screen.getByText(/A domestic approval is not the deposit/),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      'The deposit of the instrument with the UN is not reported for: Azerbaijan.',
    ),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      'Not in force as far as this data shows: 0 of the 40 instruments are reported deposited.',
    ),
  ).toBeInTheDocument();
  expect(
    screen.getByText('As of the latest of these events, Mon, 23 Feb 2026.'),
  ).toBeInTheDocument();
});

test('with no step at all, none is claimed', () => {
  renderProgress();
  expect(
    screen.getByText('Ratification steps reported: 0'),
  ).toBeInTheDocument();
  expect(screen.queryByText(/is not reported for/)).not.toBeInTheDocument();
});

test('the chart is one image, and the table reads its data date by date', async () => {
  const user = userEvent.setup();
  renderProgress([...hanoiSignatures(), ...AZERBAIJAN_STEPS]);
  expect(
    screen.getByRole('img', {
      name: 'Chart: signatories and ratification steps over time, against the 40 instruments needed',
    }),
  ).toBeInTheDocument();
  await user.click(screen.getByText('The same as a table'));
  const table = screen.getByRole('table', {
    name: 'Signatures and ratification steps by date',
  });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [
        ...within(row).queryAllByRole('rowheader'),
        ...within(row).getAllByRole('cell'),
      ].map((cell) => cell.textContent),
    );
  expect(rows).toEqual([
    ['Sat, 25 Oct 2025', '65 signatures', '65', '0'],
    ['Sun, 26 Oct 2025', '7 signatures', '72', '0'],
    [
      'Tue, 10 Feb 2026',
      'Azerbaijan: Milli Majlis adopts the law approving the Convention',
      '72',
      '1',
    ],
    [
      'Mon, 23 Feb 2026',
      'Azerbaijan: President Aliyev signs the law approving the Convention',
      '72',
      '2',
    ],
  ]);
});

test('a step dated by its month only says the day is not known', async () => {
  const user = userEvent.setup();
  renderProgress([progressEvent('ratification', '2026-02', 'QA', 'Ratifies')]);
  await user.click(screen.getByText('The same as a table'));
  expect(
    screen.getByRole('rowheader', { name: 'February 2026, day not known' }),
  ).toBeInTheDocument();
});

test('a chart drawn from the first page of many says so', () => {
  renderProgress(hanoiSignatures(), 1000, 14_000);
  expect(
    screen.getByText(
      'The chart and the table are drawn from the first 1,000 of 14,000 events.',
    ),
  ).toBeInTheDocument();
});

test('the 40th deposit gives the day of entry into force', () => {
  const deposits = Array.from({ length: 40 }, (_, index) =>
    progressEvent(
      'ratification',
      '2027-03-10',
      `S${String(index)}`,
      'Deposits its instrument of ratification',
    ),
  );
  renderProgress(deposits);
  expect(
    screen.getByText(
      'The 40th instrument is reported deposited on Wed, 10 Mar 2027; the Convention enters into force 90 days later, on Tue, 8 Jun 2027.',
    ),
  ).toBeInTheDocument();
});
