import { useTranslation } from 'react-i18next';

import { type Filters, hasActiveFilters, NO_FILTERS } from '@/domain/filters';

import { toFilterChips } from './active-chips';

export type ActiveFiltersProps = {
  filters: Filters;
  /** The events matching the filters; undefined while not known. */
  shown: number | undefined;
  total: number | undefined;
  /** The count could not be had (the API failed): say so, never 0. */
  isUnavailable: boolean;
  nameOf: (code: string) => string;
  onChange: (filters: Filters) => void;
};

/** What is active, at a glance: the count, a chip per filter, and Clear all. */
export function ActiveFilters({
  filters,
  shown,
  total,
  isUnavailable,
  nameOf,
  onChange,
}: ActiveFiltersProps) {
  const { t } = useTranslation();
  const chips = toFilterChips(filters, nameOf, t);
  return (
    <div className="tt-active">
      <p className="tt-active__count" role="status">
        {shown === undefined
          ? isUnavailable
            ? t('filters.shownUnavailable')
            : null
          : total === undefined
            ? t('filters.shown', { count: shown })
            : t('filters.shownOfTotal', { count: shown, total })}
      </p>
      {chips.length > 0 ? (
        <ul className="tt-chips" aria-label={t('filters.active')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="tt-chip"
                aria-label={t('filters.remove', { label: chip.label })}
                onClick={() => {
                  onChange(chip.without);
                }}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hasActiveFilters(filters) ? (
        <button
          type="button"
          onClick={() => {
            onChange(NO_FILTERS);
          }}
        >
          {t('filters.clearAll')}
        </button>
      ) : null}
    </div>
  );
}
