import type { Facet, PartyKind, PartyWithCount } from '@/domain/event';
import { collator } from '@/domain/intl-cache';
import { normalizeText } from '@/domain/normalize-text';
import { partyName } from '@/domain/party-name';

export type PartyOption = {
  code: string;
  name: string;
  kind: PartyKind | undefined;
  /** null when the facets are not known. */
  count: number | null;
  isSelected: boolean;
};

function isOrganisation(option: PartyOption): boolean {
  return option.kind === 'organization' || option.kind === 'company';
}

/**
 * The choices of the country filter: every party of the facets (and any
 * selected code, even one that matches nothing; every known party, without
 * counts, when the facets are not known), states apart from
 * organisations and companies. In each, the chosen ones come first and stay
 * whatever is typed; the others are narrowed by the type-ahead (on the name
 * shown, the API's name and the code, ignoring case and accents). Both run by
 * name in the interface's locale. `nameOf` names a party as the reader sees
 * it (the interface's language; Intl's English names by default).
 */
export function toPartyOptions(
  facets: readonly Facet[] | undefined,
  parties: ReadonlyMap<string, PartyWithCount>,
  selected: readonly string[],
  query: string,
  locale: string,
  nameOf: (code: string) => string = (code) => partyName(code, parties, locale),
): { states: PartyOption[]; others: PartyOption[] } {
  const counts = facets
    ? new Map(facets.map((facet) => [facet.value, facet.count]))
    : null;
  const codes = new Set([...(counts ?? parties).keys(), ...selected]);
  const chosen = new Set(selected);
  const needle = normalizeText(query.trim());
  const matches = (option: PartyOption) =>
    needle === '' ||
    normalizeText(
      `${option.name} ${parties.get(option.code)?.name ?? ''} ${option.code}`,
    ).includes(needle);
  const byName = collator(locale);
  const options = [...codes]
    .map((code) => ({
      code,
      name: nameOf(code),
      kind: parties.get(code)?.kind,
      count: counts ? (counts.get(code) ?? 0) : null,
      isSelected: chosen.has(code),
    }))
    .filter((option) => option.isSelected || matches(option))
    .sort(
      (a, b) =>
        Number(b.isSelected) - Number(a.isSelected) ||
        byName.compare(a.name, b.name),
    );
  return {
    states: options.filter((option) => !isOrganisation(option)),
    others: options.filter(isOrganisation),
  };
}
