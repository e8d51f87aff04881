import type { TFunction } from 'i18next';

import type { Filters } from '@/domain/filters';

export type FilterChip = { key: string; label: string; without: Filters };

function without<T>(values: readonly T[], value: T): T[] {
  return values.filter((candidate) => candidate !== value);
}

/** One removable chip per active filter, and the filters left without it. */
export function toFilterChips(
  filters: Filters,
  nameOf: (code: string) => string,
  t: TFunction,
): FilterChip[] {
  return [
    ...filters.party.map((code) => ({
      key: `party:${code}`,
      label: t('filters.chipCountry', { name: nameOf(code) }),
      without: { ...filters, party: without(filters.party, code) },
    })),
    ...filters.type.map((type) => ({
      key: `type:${type}`,
      label: t('filters.chipType', { type: t(`eventType.${type}`) }),
      without: { ...filters, type: without(filters.type, type) },
    })),
    ...filters.verification.map((state) => ({
      key: `verification:${state}`,
      label: t('filters.chipVerification', {
        state: t(`verification.${state}.label`),
      }),
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
            label: t('filters.chipFrom', { date: filters.from }),
            without: { ...filters, from: null },
          },
        ]),
    ...(filters.to === null
      ? []
      : [
          {
            key: 'to',
            label: t('filters.chipTo', { date: filters.to }),
            without: { ...filters, to: null },
          },
        ]),
    ...(filters.q === ''
      ? []
      : [
          {
            key: 'q',
            label: t('filters.chipSearch', { query: filters.q }),
            without: { ...filters, q: '' },
          },
        ]),
  ];
}
