import { useTranslation } from 'react-i18next';

import {
  EVENT_TYPES,
  type EventPage,
  type PartyWithCount,
  VERIFICATIONS,
} from '@/domain/event';
import type { Filters } from '@/domain/filters';

import { DateRangeFilter } from './date-range-filter';
import { FacetCheckboxes } from './facet-checkboxes';
import { PartyFilter } from './party-filter';
import { SearchBox } from './search-box';

export type FilterPanelProps = {
  filters: Filters;
  facets: EventPage['facets'] | undefined;
  parties: ReadonlyMap<string, PartyWithCount>;
  onChange: (filters: Filters) => void;
};

/** A value's count in the facets; null when the facets are not known. */
function countOf(
  facets: readonly { value: string; count: number }[] | undefined,
  value: string,
): number | null {
  if (!facets) return null;
  return facets.find((facet) => facet.value === value)?.count ?? 0;
}

/**
 * Every filter; counts come from the API's facets, within the other filters,
 * and say they are unavailable (never 0) while the facets are not known.
 */
export function FilterPanel({
  filters,
  facets,
  parties,
  onChange,
}: FilterPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="tt-filters" role="search" aria-label={t('filters.label')}>
      <SearchBox
        value={filters.q}
        onSearch={(q) => {
          onChange({ ...filters, q });
        }}
      />
      <PartyFilter
        facets={facets?.party}
        parties={parties}
        selected={filters.party}
        onChange={(party) => {
          onChange({ ...filters, party });
        }}
      />
      <FacetCheckboxes
        legend={t('filters.eventType')}
        options={EVENT_TYPES.map((type) => ({
          value: type,
          label: t(`eventType.${type}`),
          count: countOf(facets?.type, type),
        }))}
        selected={filters.type}
        onChange={(type) => {
          onChange({ ...filters, type });
        }}
      />
      <FacetCheckboxes
        legend={t('filters.verification')}
        options={VERIFICATIONS.map((state) => ({
          value: state,
          label: t(`verification.${state}.label`),
          count: countOf(facets?.verification, state),
        }))}
        selected={filters.verification}
        onChange={(verification) => {
          onChange({ ...filters, verification });
        }}
      />
      <DateRangeFilter
        from={filters.from}
        to={filters.to}
        onChange={(range) => {
          onChange({ ...filters, ...range });
        }}
      />
    </div>
  );
}
