import { useTranslation } from 'react-i18next';

import { numberFormat } from '@/domain/intl-cache';
import { useEventDates } from '@/i18n/use-event-dates';
import { useLocale } from '@/i18n/use-locale';

import type { ProgressDate } from './treaty-progress';

export type ProgressTableProps = {
  dates: readonly ProgressDate[];
  nameOf: (code: string) => string;
};

/** The chart's data, date by date: what was reported, and the totals after. */
export function ProgressTable({ dates, nameOf }: ProgressTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { eventDate } = useEventDates();
  const number = numberFormat(locale, {});
  return (
    <details className="tt-progress__table">
      <summary>{t('progress.table')}</summary>
      <table className="tt-list">
        <caption>{t('progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.date')}</th>
            <th scope="col">{t('progress.reported')}</th>
            <th scope="col">{t('progress.signatoriesSoFar')}</th>
            <th scope="col">{t('progress.stepsSoFar')}</th>
          </tr>
        </thead>
        <tbody>
          {dates.map((date) => (
            <tr key={date.when}>
              <th scope="row">
                {eventDate({ start: date.when, end: null, timeZone: 'UTC' })}
              </th>
              <td>
                <ul className="tt-progress__reported">
                  {date.signatures.length > 0 ? (
                    <li>
                      {t('progress.signed', { count: date.signatures.length })}
                    </li>
                  ) : null}
                  {date.steps.map((step) => (
                    <li key={step.id}>
                      {step.parties.map(nameOf).join(', ')}: {step.title}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{number.format(date.signatoriesSoFar)}</td>
              <td>{number.format(date.stepsSoFar)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
