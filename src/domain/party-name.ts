import type { Party } from './event';

const regionNames = new Map<string, Intl.DisplayNames>();

/** One DisplayNames per locale: building one costs far more than using it. */
function regionNamesIn(locale: string): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], {
      type: 'region',
      fallback: 'code',
    });
    regionNames.set(locale, names);
  }
  return names;
}

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
    return regionNamesIn(locale).of(code) ?? code;
  } catch {
    return code;
  }
}
