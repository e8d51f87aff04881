import {
  EVENT_TYPES,
  type EventPage,
  type PartyWithCount,
  VERIFICATIONS,
} from '@/domain/event';
import { type Filters } from '@/domain/filters';
import { EVENT_TYPE_LABELS, VERIFICATION_LABELS } from '@/domain/labels';

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

function countOf(
  facets: readonly { value: string; count: number }[] | undefined,
  value: string,
) {
  return facets?.find((facet) => facet.value === value)?.count ?? 0;
}

/** Every filter; counts come from the API's facets, within the other filters. */
export function FilterPanel({
  filters,
  facets,
  parties,
  onChange,
}: FilterPanelProps) {
  return (
    <div className="tt-filters" role="search" aria-label="Filter events">
      <SearchBox
        value={filters.q}
        onSearch={(q) => {
          onChange({ ...filters, q });
        }}
      />
      <PartyFilter
        facets={facets?.party ?? []}
        parties={parties}
        selected={filters.party}
        onChange={(party) => {
          onChange({ ...filters, party });
        }}
      />
      <FacetCheckboxes
        legend="Event type"
        options={EVENT_TYPES.map((type) => ({
          value: type,
          label: EVENT_TYPE_LABELS[type],
          count: countOf(facets?.type, type),
        }))}
        selected={filters.type}
        onChange={(type) => {
          onChange({ ...filters, type });
        }}
      />
      <FacetCheckboxes
        legend="Verification"
        options={VERIFICATIONS.map((state) => ({
          value: state,
          label: VERIFICATION_LABELS[state].label,
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
