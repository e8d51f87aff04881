import { displayNames } from './intl-cache';

/**
 * A state's name in the reader's language, from Intl.DisplayNames (the
 * browser's CLDR data, so no list of names is kept here); `fallback` (the
 * API's name, or the code) when the runtime has no name for the code.
 * partyName (party-name.ts) uses it for every state.
 */
export function stateName(
  code: string,
  locale: string,
  fallback: string = code,
): string {
  if (!/^[A-Z]{2}$/.test(code)) return fallback;
  try {
    const name = displayNames(locale, { type: 'region' }).of(code);
    return name && name !== code ? name : fallback;
  } catch {
    return fallback;
  }
}
