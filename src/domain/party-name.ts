import type { Party } from './event';
import { stateName } from './state-name';

/** Names an organisation or company in the interface's language, if it can. */
export type OrganisationNamer = (code: string) => string | undefined;

/**
 * A party's name in the reader's language. A state (or a two-letter code the
 * API does not list) is named by `Intl.DisplayNames` through stateName, so no
 * list of state names is kept here; an organisation or company by
 * `organisationName` (the interface's resources). Either falls back to the
 * API's name, then the code.
 */
export function partyName(
  code: string,
  known: ReadonlyMap<string, Party>,
  locale = 'en',
  organisationName: OrganisationNamer = () => undefined,
): string {
  const party = known.get(code);
  const fallback = party?.name ?? code;
  const isState = party ? party.kind === 'state' : /^[A-Z]{2}$/.test(code);
  return isState
    ? stateName(code, locale, fallback)
    : (organisationName(code) ?? fallback);
}
