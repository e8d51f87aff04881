import type { Facet, PartyKind, PartyWithCount } from '@/domain/event';
import { normalizeText } from '@/domain/normalize-text';
import { partyName } from '@/domain/party-name';

export type PartyOption = {
  code: string;
  name: string;
  kind: PartyKind | undefined;
  count: number;
  isSelected: boolean;
};

/**
 * The choices of the country filter: every party of the facets (and any
 * selected code, even one that matches nothing), narrowed by the type-ahead
 * text, states apart from organisations and companies, each sorted by name
 * in the interface's locale.
 */
export function toPartyOptions(
  facets: readonly Facet[],
  parties: ReadonlyMap<string, PartyWithCount>,
  selected: readonly string[],
  query: string,
  locale: string,
): { states: PartyOption[]; others: PartyOption[] } {
  const counts = new Map(facets.map((facet) => [facet.value, facet.count]));
  const codes = new Set([...counts.keys(), ...selected]);
  const needle = normalizeText(query.trim());
  const options = [...codes]
    .map((code) => ({
      code,
      name: partyName(code, parties, locale),
      kind: parties.get(code)?.kind,
      count: counts.get(code) ?? 0,
      isSelected: selected.includes(code),
    }))
    .filter(
      (option) =>
        needle === '' ||
        normalizeText(`${option.name} ${option.code}`).includes(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    states: options.filter(
      (option) => option.kind !== 'organization' && option.kind !== 'company',
    ),
    others: options.filter(
      (option) => option.kind === 'organization' || option.kind === 'company',
    ),
  };
}
