import { useTranslation } from 'react-i18next';

import { listFormat } from '@/domain/intl-cache';

import { useEventDates } from '@/i18n/use-event-dates';
import { useLocale } from '@/i18n/use-locale';

import { ProgressChart } from './progress-chart';
import { ProgressTable } from './progress-table';
import { INSTRUMENTS_NEEDED, type TreatyProgress } from './treaty-progress';

export type TreatyProgressViewProps = {
  progress: TreatyProgress;
  nameOf: (code: string) => string;
  /** How many events it was drawn from, of how many there are. */
  shown: number;
  total: number;
};

function ProgressFacts({
  progress,
  nameOf,
}: {
  progress: TreatyProgress;
  nameOf: (code: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { eventDate } = useEventDates();
  const list = (codes: readonly string[]) =>
    listFormat(locale, {}).format(codes.map(nameOf));
  const day = (value: string) =>
    eventDate({ start: value, end: null, timeZone: 'UTC' });
  const asOf = progress.dates.at(-1)?.when;
  return (
    <>
      <ul className="tt-progress__facts">
        <li>{t('progress.signatories', { count: progress.signatories })}</li>
        <li>
          {progress.stepStates.length > 0
            ? t('progress.stepsBy', {
                count: progress.steps,
                states: list(progress.stepStates),
              })
            : t('progress.steps', { count: progress.steps })}
        </li>
        <li>
          {t('progress.deposits', {
            count: progress.deposits,
            needed: INSTRUMENTS_NEEDED,
          })}
        </li>
      </ul>
      <p>{t('progress.domestic')}</p>
      {progress.withoutDeposit.length > 0 ? (
        <p>
          {t('progress.depositNotReported', {
            states: list(progress.withoutDeposit),
          })}
        </p>
      ) : null}
      <p>
        {progress.fortiethDeposit !== null && progress.entryIntoForce !== null
          ? t('progress.inForce', {
              date: day(progress.fortiethDeposit),
              inForce: day(progress.entryIntoForce),
            })
          : t('progress.notInForce', {
              count: progress.deposits,
              needed: INSTRUMENTS_NEEDED,
            })}
      </p>
      {asOf ? (
        <p className="tt-muted">{t('progress.asOf', { date: day(asOf) })}</p>
      ) : null}
    </>
  );
}

/**
 * The treaty's progress in words (worded as the sources allow: a step is
 * not a deposit unless reported as one), as a chart and as a table.
 */
export function TreatyProgressView({
  progress,
  nameOf,
  shown,
  total,
}: TreatyProgressViewProps) {
  const { t } = useTranslation();
  return (
    <>
      <ProgressFacts progress={progress} nameOf={nameOf} />
      <ProgressChart dates={progress.dates} />
      {total > shown ? (
        <p className="tt-muted">{t('progress.truncated', { shown, total })}</p>
      ) : null}
      <ProgressTable dates={progress.dates} nameOf={nameOf} />
    </>
  );
}
