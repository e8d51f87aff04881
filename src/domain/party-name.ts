import type { Party } from './event';

const regionNames = new Map<string, Intl.DisplayNames>();

/** One DisplayNames per locale: building one costs far more than using it. */
function regionNamesIn(locale: string): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], {
      type: 'region',
      fallback: 'none',
    });
    regionNames.set(locale, names);
  }
  return names;
}

/** A two-letter ISO 3166 region's name in the locale, if Intl knows it. */
function regionName(code: string, locale: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    return regionNamesIn(locale).of(code);
  } catch {
    return undefined;
  }
}

/** Names an organisation or company in the interface's language, if it can. */
export type OrganisationNamer = (code: string) => string | undefined;

/**
 * A party's name in the reader's language. A state (or a two-letter code the
 * API does not list) is named by `Intl.DisplayNames`, so no list of state
 * names is kept here; an organisation or company by `organisationName` (the
 * interface's resources). Either falls back to the API's name, then the code.
 */
export function partyName(
  code: string,
  known: ReadonlyMap<string, Party>,
  locale = 'en',
  organisationName: OrganisationNamer = () => undefined,
): string {
  const party = known.get(code);
  const isState = party ? party.kind === 'state' : /^[A-Z]{2}$/.test(code);
  const localName = isState ? regionName(code, locale) : organisationName(code);
  return localName ?? party?.name ?? code;
}
