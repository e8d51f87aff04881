import type { Party } from './event';
import { stateName } from './state-name';

/** Names a party in the interface's language, if its resources can. */
export type ResourceNamer = (code: string) => string | undefined;

/**
 * A party's name in the reader's language: the interface's resources when
 * they name it (the organisations and companies, and the one state whose
 * CLDR name is not the name it signs under: PS, "Palestinian Territories",
 * which signed as the State of Palestine); else a state (or a two-letter code
 * the API does not list) by `Intl.DisplayNames` through stateName, so no list
 * of state names is kept; else the API's name, then the code.
 */
export function partyName(
  code: string,
  known: ReadonlyMap<string, Party>,
  locale = 'en',
  resourceName: ResourceNamer = () => undefined,
): string {
  const named = resourceName(code);
  if (named !== undefined) return named;
  const party = known.get(code);
  const fallback = party?.name ?? code;
  const isState = party ? party.kind === 'state' : /^[A-Z]{2}$/.test(code);
  return isState ? stateName(code, locale, fallback) : fallback;
}
