import { useTranslation } from 'react-i18next';

import { dateTimeFormat, numberFormat } from '@/domain/intl-cache';
import { useLocale } from '@/i18n/use-locale';

import { CHART_MARGIN, toChartGeometry } from './chart-geometry';
import type { ProgressDate } from './treaty-progress';
import { useWidth } from './use-width';

export type ProgressChartProps = { dates: readonly ProgressDate[] };

const MONTH = { month: 'short', year: '2-digit', timeZone: 'UTC' } as const;

/**
 * Signatories and ratification steps over time against the 40 instruments
 * needed: a picture of the text and table beside it, so it is one image to
 * screen readers.
 */
export function ProgressChart({ dates }: ProgressChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [ref, width] = useWidth(640);
  const chart = toChartGeometry(dates, width);
  const month = dateTimeFormat(locale, MONTH);
  const number = numberFormat(locale, {});
  return (
    <div className="tt-progress__chart" ref={ref}>
      <svg
        width={chart.width}
        height={chart.height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={t('progress.chart')}
      >
        <g className="tt-progress__grid">
          {chart.yTicks.map((tick) => (
            <g key={tick.value}>
              <line
                x1={CHART_MARGIN.left}
                x2={chart.width - CHART_MARGIN.right}
                y1={tick.at}
                y2={tick.at}
              />
              <text
                x={CHART_MARGIN.left - 6}
                y={tick.at}
                dy="0.32em"
                textAnchor="end"
              >
                {number.format(tick.value)}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <text
              key={tick.value}
              x={tick.at}
              y={chart.height - 8}
              textAnchor="middle"
            >
              {month.format(tick.value)}
            </text>
          ))}
        </g>
        <line
          className="tt-progress__needed"
          x1={chart.needed.x1}
          x2={chart.needed.x2}
          y1={chart.needed.y}
          y2={chart.needed.y}
        />
        <text
          className="tt-progress__needed-label"
          x={chart.needed.x2 - 4}
          y={chart.needed.y - 5}
          textAnchor="end"
        >
          {t('progress.lineNeeded')}
        </text>
        {[chart.ends.signatories, chart.ends.steps].map((end, index) => (
          <text
            key={index}
            className="tt-progress__end"
            x={end.x - 4}
            y={end.y - 6}
            textAnchor="end"
          >
            {number.format(end.value)}
          </text>
        ))}
        <path className="tt-progress__signatories" d={chart.signatories} />
        <path className="tt-progress__steps" d={chart.steps} />
        {chart.deposits ? (
          <path className="tt-progress__deposits" d={chart.deposits} />
        ) : null}
      </svg>
      <ul className="tt-progress__key" aria-hidden="true">
        <li>
          <span className="tt-progress__swatch tt-progress__swatch--signatories" />
          {t('progress.lineSignatories')}
        </li>
        <li>
          <span className="tt-progress__swatch tt-progress__swatch--steps" />
          {t('progress.lineSteps')}
        </li>
        {chart.deposits ? (
          <li>
            <span className="tt-progress__swatch tt-progress__swatch--deposits" />
            {t('progress.lineDeposits')}
          </li>
        ) : null}
        <li>
          <span className="tt-progress__swatch tt-progress__swatch--needed" />
          {t('progress.lineNeeded')}
        </li>
      </ul>
    </div>
  );
}
