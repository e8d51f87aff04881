import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { numberFormat } from '@/domain/intl-cache';
import { useLocale } from '@/i18n/use-locale';

import { type ShadeScale, shadeBins } from './shade-scale';

export type MapLegendProps = { scale: ShadeScale };

function Swatch({ className }: { className: string }) {
  return (
    <svg className="tt-map__swatch" viewBox="0 0 20 14" aria-hidden="true">
      <rect x="1" y="1" width="18" height="12" className={className} />
    </svg>
  );
}

/** What each shade counts, and what the outline and the points mean. */
export function MapLegend({ scale }: MapLegendProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const format = numberFormat(locale, {});
  return (
    <div className="tt-map__legend">
      <p id={id} className="tt-map__legend-title">
        {t('map.legend')}
      </p>
      <ul aria-labelledby={id}>
        <li>
          <Swatch className="tt-map__land" />
          {t('map.legendNone')}
        </li>
        {shadeBins(scale).map(({ level, from, to }) => (
          <li key={level}>
            <Swatch className={`tt-map__state tt-map__state--level-${level}`} />
            {from === to
              ? format.format(from)
              : t('map.legendRange', {
                  from: format.format(from),
                  to: format.format(to),
                })}
          </li>
        ))}
        <li>
          <Swatch className="tt-map__state tt-map__state--selected" />
          {t('map.legendChosen')}
        </li>
        <li>
          <svg
            className="tt-map__swatch"
            viewBox="0 0 20 14"
            aria-hidden="true"
          >
            <circle
              cx="10"
              cy="7"
              r="5"
              className="tt-map__state tt-map__state--level-3 tt-map__point"
            />
          </svg>
          {t('map.legendPoint')}
        </li>
      </ul>
    </div>
  );
}
