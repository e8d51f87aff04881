import { expect, test } from 'vitest';

import {
  isDeposit,
  toTreatyProgress,
} from '@/features/treaty-progress/treaty-progress';

import { hanoiSignatures, kindOf, progressEvent } from './progress-events';

const AZ_PARLIAMENT = progressEvent(
  'ratification',
  '2026-02-10',
  'AZ',
  'Milli Majlis adopts the law approving the Convention',
);
const AZ_PRESIDENT = progressEvent(
  'ratification',
  '2026-02-23',
  'AZ',
  'President Aliyev signs the law approving the Convention',
);

test('nothing to count: no dates, nothing deposited, not in force', () => {
  expect(toTreatyProgress([], kindOf)).toEqual({
    dates: [],
    signatories: 0,
    steps: 0,
    deposits: 0,
    stepStates: [],
    withoutDeposit: [],
    fortiethDeposit: null,
    entryIntoForce: null,
  });
});

test('signatures count per day, and run on', () => {
  const progress = toTreatyProgress(
    [
      ...hanoiSignatures(),
      progressEvent('signature', '2025-11-19', 'MU'),
      // Other types are not counted, whatever the API sends.
      progressEvent('bilateral-meeting', '2025-10-26', 'AZ'),
    ],
    kindOf,
  );
  expect(
    progress.dates.map((date) => [
      date.when,
      date.signatures.length,
      date.signatoriesSoFar,
    ]),
  ).toEqual([
    ['2025-10-25', 65, 65],
    ['2025-10-26', 7, 72],
    ['2025-11-19', 1, 73],
  ]);
  expect(progress.signatories).toBe(73);
});

test('two domestic steps of one state are two steps, no deposit, and say so', () => {
  const progress = toTreatyProgress(
    [...hanoiSignatures(), AZ_PRESIDENT, AZ_PARLIAMENT],
    kindOf,
  );
  expect(progress).toMatchObject({
    signatories: 72,
    steps: 2,
    deposits: 0,
    stepStates: ['AZ'],
    withoutDeposit: ['AZ'],
    fortiethDeposit: null,
    entryIntoForce: null,
  });
  expect(progress.dates.map((date) => [date.when, date.stepsSoFar])).toEqual([
    ['2025-10-25', 0],
    ['2025-10-26', 0],
    ['2026-02-10', 1],
    ['2026-02-23', 2],
  ]);
});

test('a step whose day is not known is counted on its month, before its days', () => {
  const qatar = progressEvent('ratification', '2026-02', 'QA');
  const progress = toTreatyProgress([AZ_PARLIAMENT, qatar], kindOf);
  expect(
    progress.dates.map((date) => [date.when, date.day, date.stepsSoFar]),
  ).toEqual([
    ['2026-02', '2026-02-01', 1],
    ['2026-02-10', '2026-02-10', 2],
  ]);
  expect(progress.stepStates).toEqual(['QA', 'AZ']);
});

test('a timed event counts on its local day', () => {
  const progress = toTreatyProgress(
    [progressEvent('signature', '2025-10-25T23:30:00+07:00', 'VN')],
    kindOf,
  );
  expect(progress.dates.map((date) => date.when)).toEqual(['2025-10-25']);
});

test('a step is a deposit only when reported as one', () => {
  expect(isDeposit(AZ_PARLIAMENT)).toBe(false);
  expect(isDeposit(AZ_PRESIDENT)).toBe(false);
  expect(
    isDeposit({ title: 'Azerbaijan deposits its instrument of ratification' }),
  ).toBe(true);
  expect(isDeposit({ title: 'Instrument of ratification deposited' })).toBe(
    true,
  );
});

test('in force 90 days after the 40th state deposits; an organisation’s instrument does not count in addition', () => {
  const deposits = Array.from({ length: 40 }, (_, index) =>
    progressEvent(
      'ratification',
      `2027-03-${String(index < 39 ? 1 : 10).padStart(2, '0')}`,
      `S${String(index)}`,
      'Deposits its instrument of ratification',
    ),
  );
  const eu = progressEvent(
    'ratification',
    '2027-02-01',
    'EU',
    'The EU deposits its instrument of approval',
  );
  // A second deposit by one state is not a second instrument.
  const again = progressEvent(
    'ratification',
    '2027-03-05',
    'S0',
    'Deposits its instrument of ratification',
  );
  const progress = toTreatyProgress([eu, ...deposits, again], kindOf);
  expect(progress.deposits).toBe(40);
  expect(progress.withoutDeposit).toEqual([]);
  expect(progress.fortiethDeposit).toBe('2027-03-10');
  expect(progress.entryIntoForce).toBe('2027-06-08');
});

test('39 deposits are not enough', () => {
  const deposits = Array.from({ length: 39 }, (_, index) =>
    progressEvent(
      'ratification',
      '2027-03-01',
      `S${String(index)}`,
      'Deposits its instrument of ratification',
    ),
  );
  const progress = toTreatyProgress(deposits, kindOf);
  expect(progress.deposits).toBe(39);
  expect(progress.entryIntoForce).toBeNull();
});
