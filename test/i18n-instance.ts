import type { Language } from '@/domain/language';
import { createI18n } from '@/i18n/create-i18n';
import { en, type Resources } from '@/i18n/en';
import { hi } from '@/i18n/hi';
import { vi } from '@/i18n/vi';

/** Every language's texts: the app loads them one at a time, tests at once. */
export const TRANSLATIONS = { en, vi, hi } as const satisfies Record<
  Language,
  Resources
>;

/** An i18next instance in a language, with every language at hand. */
export function i18nIn(language: Language) {
  return createI18n(language, TRANSLATIONS);
}
