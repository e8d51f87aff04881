const regionNames = new Map<string, Intl.DisplayNames | null>();

function createRegionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return null;
  }
}

/** One DisplayNames per locale (null where the runtime has none for it). */
function regionNamesIn(locale: string): Intl.DisplayNames | null {
  if (!regionNames.has(locale)) {
    regionNames.set(locale, createRegionNames(locale));
  }
  return regionNames.get(locale) ?? null;
}

/**
 * A state's name in the reader's language, from Intl.DisplayNames (the
 * browser's CLDR data, so no list of names is kept here); `fallback` (the
 * API's name, or the code) when the runtime has no name for the code. Unlike
 * partyName (party-name.ts), which puts the API's English name first, this
 * is for views that name states only: the map and the treaty's progress.
 */
export function stateName(
  code: string,
  locale: string,
  fallback: string = code,
): string {
  if (!/^[A-Z]{2}$/.test(code)) return fallback;
  try {
    const name = regionNamesIn(locale)?.of(code);
    return name && name !== code ? name : fallback;
  } catch {
    return fallback;
  }
}
