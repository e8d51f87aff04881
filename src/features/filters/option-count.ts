import type { TFunction } from 'i18next';

import { numberFormat } from '@/domain/intl-cache';

/**
 * An option's count as shown and as read out: "5" ("5 events"), or a dash
 * ("count unavailable") when the API's facets are not known.
 */
export function optionCountWords(
  count: number | null,
  locale: string,
  t: TFunction,
): { count: string; countLabel: string } {
  return count === null
    ? { count: '–', countLabel: t('filters.countUnavailable') }
    : {
        count: numberFormat(locale, {}).format(count),
        countLabel: t('filters.optionCount', { count }),
      };
}
