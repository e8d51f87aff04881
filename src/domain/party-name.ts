import { type Party } from './event';

const regionNames = new Intl.DisplayNames(['en'], {
  type: 'region',
  fallback: 'code',
});

/**
 * A party's name: the API's name when it is known, the ISO 3166 region name for
 * a two-letter code, or the code itself.
 */
export function partyName(
  code: string,
  known: ReadonlyMap<string, Party>,
): string {
  const party = known.get(code);
  if (party) return party.name;
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
