/** The interface languages, the browser's choice among them, and their names. */
import { isOneOf } from './is-one-of';

export const LANGUAGES = ['en', 'vi', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, so a reader finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  hi: 'हिन्दी',
};

/** The locale Intl formats dates and numbers with, per language. */
export const INTL_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  vi: 'vi-VN',
  hi: 'hi-IN',
};

/**
 * The first of the browser's preferred languages (navigator.languages) that
 * the interface speaks, matched on the primary subtag ("vi-VN" → vi); English
 * when none is.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isOneOf(LANGUAGES, primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
