import { alpha2ToNumeric, numericToAlpha2 } from 'i18n-iso-countries';

/**
 * The ISO 3166-1 numeric code ("031") of an alpha-2 party code ("AZ"), which
 * is how world-atlas keys its shapes; null for anything that is not a state's
 * code (an organisation's slug such as "UNODC", or "EU", which ISO only
 * reserves). The table is i18n-iso-countries', not ours.
 */
export function toNumericCode(alpha2: string): string | null {
  if (!/^[A-Z]{2}$/.test(alpha2)) return null;
  return alpha2ToNumeric(alpha2) ?? null;
}

/** The alpha-2 code of a numeric one, or null when ISO has none. */
export function toAlpha2Code(numeric: string): string | null {
  if (!/^\d{3}$/.test(numeric)) return null;
  return numericToAlpha2(numeric) ?? null;
}
