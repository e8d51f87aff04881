import { useTranslation } from 'react-i18next';

import type { EventType } from '@/domain/event';

export type TimelineLegendProps = { types: readonly EventType[] };

/** What the drawing's colours and marks mean. */
export function TimelineLegend({ types }: TimelineLegendProps) {
  const { t } = useTranslation();
  return (
    <ul className="tt-legend" aria-label={t('timeline.legend')}>
      {types.map((type) => (
        <li key={type} className={`tt-type-${type}`}>
          <span className="tt-legend__mark" aria-hidden="true" />
          {t(`eventType.${type}`)}
        </li>
      ))}
      <li>
        <span
          className="tt-legend__mark tt-legend__mark--uncertain"
          aria-hidden="true"
        />
        {t('timeline.legendUncertain')}
      </li>
      <li>
        <span
          className="tt-legend__mark tt-legend__mark--unverified"
          aria-hidden="true"
        >
          Aa
        </span>
        {t('timeline.legendUnverified')}
      </li>
    </ul>
  );
}
