import type { Party } from './event';
import { displayNames } from './intl-cache';

const REGION_NAMES: Intl.DisplayNamesOptions = {
  type: 'region',
  fallback: 'code',
};

/**
 * A party's name: the API's name when it is known (as the API spells it,
 * diacritics and all), the ISO 3166 region name for a two-letter code in the
 * locale, or the code itself.
 */
export function partyName(
  code: string,
  known: ReadonlyMap<string, Party>,
  locale = 'en',
): string {
  const party = known.get(code);
  if (party) return party.name;
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return displayNames(locale, REGION_NAMES).of(code) ?? code;
  } catch {
    return code;
  }
}
