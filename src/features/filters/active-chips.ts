import { EVENT_TYPE_LABELS, VERIFICATION_LABELS } from '@/domain/labels';
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';

export type FilterChip = { key: string; label: string; without: Filters };

function without<T>(values: readonly T[], value: T): T[] {
  return values.filter((candidate) => candidate !== value);
}

/** One removable chip per active filter, and the filters left without it. */
export function toFilterChips(
  filters: Filters,
  nameOf: (code: string) => string,
): FilterChip[] {
  return [
    ...filters.party.map((code) => ({
      key: `party:${code}`,
      label: `Country: ${nameOf(code)}`,
      without: { ...filters, party: without(filters.party, code) },
    })),
    ...filters.type.map((type) => ({
      key: `type:${type}`,
      label: `Type: ${EVENT_TYPE_LABELS[type]}`,
      without: { ...filters, type: without(filters.type, type) },
    })),
    ...filters.verification.map((state) => ({
      key: `verification:${state}`,
      label: `Verification: ${VERIFICATION_LABELS[state].label}`,
      without: {
        ...filters,
        verification: without(filters.verification, state),
      },
    })),
    ...(filters.from === null
      ? []
      : [
          {
            key: 'from',
            label: `From ${filters.from}`,
            without: { ...filters, from: null },
          },
        ]),
    ...(filters.to === null
      ? []
      : [
          {
            key: 'to',
            label: `To ${filters.to}`,
            without: { ...filters, to: null },
          },
        ]),
    ...(filters.q === ''
      ? []
      : [
          {
            key: 'q',
            label: `Search: “${filters.q}”`,
            without: { ...filters, q: '' },
          },
        ]),
  ];
}

/** Every filter cleared; how the events are shown is a view choice, kept. */
export function clearFilters(filters: Filters): Filters {
  return { ...DEFAULT_FILTERS, lanes: filters.lanes, view: filters.view };
}
