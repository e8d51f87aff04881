import { useTranslation } from 'react-i18next';

import { useLocale } from '@/i18n/use-locale';

import { clusterSpan, stackTitle } from './cluster-text';
import type { ItemHint as Hint } from './timeline-types';
import type { DrawnItem } from './to-timeline-items';

export type ItemHintProps = { hint: Hint; item: DrawnItem };

const GAP = 6;
const WIDTH = 280;

/** The date of the item under the pointer or keyboard, in its own zone. */
export function ItemHint({ hint, item }: ItemHintProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const left = Math.max(
    GAP,
    Math.min(hint.anchor.left, window.innerWidth - WIDTH - GAP),
  );
  return (
    <div
      className="tt-hint"
      role="tooltip"
      style={{ top: hint.anchor.bottom + GAP, left, maxWidth: WIDTH }}
    >
      {item.kind === 'cluster' ? (
        <>
          <strong className="tt-hint__title">
            {t('timeline.clusterTitle', { count: item.count })}
          </strong>
          <span className="tt-hint__date">{clusterSpan(item, locale)}</span>
          <span className="tt-hint__place">{t('timeline.openToZoom')}</span>
        </>
      ) : item.kind === 'stack' ? (
        <>
          <strong className="tt-hint__title">{stackTitle(item, t)}</strong>
          <span className="tt-hint__date">{item.dateLabel}</span>
          <span className="tt-hint__place">{t('timeline.openToList')}</span>
        </>
      ) : (
        <>
          <strong className="tt-hint__title">{item.title}</strong>
          <span className="tt-hint__date">{item.dateLabel}</span>
          {item.city === '' ? null : (
            <span className="tt-hint__place">{item.city}</span>
          )}
        </>
      )}
    </div>
  );
}
