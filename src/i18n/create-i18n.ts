import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { DEFAULT_LANGUAGE, type Language } from '@/domain/language';

import { en, type Resources } from './en';

/** The translations at hand: English always; others once loaded. */
export type Translations = Partial<Record<Language, Resources>>;

/**
 * The texts of a language other than English, each in a chunk of its own:
 * a reader downloads only the language they read.
 */
export function loadTranslation(language: Language): Promise<Resources> {
  switch (language) {
    case 'en':
      return Promise.resolve(en);
    case 'vi':
      return import('./vi').then((module) => module.vi);
    case 'hi':
      return import('./hi').then((module) => module.hi);
  }
}

/**
 * A ready i18next instance in a language whose texts are among
 * `translations` (English is always there): it starts synchronously, so the
 * first render is already in that language.
 */
export function createI18n(
  language: Language,
  translations: Translations = {},
): i18n {
  const instance = createInstance();
  const resources = Object.fromEntries(
    Object.entries({ ...translations, en }).map(([code, translation]) => [
      code,
      { translation },
    ]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React escapes what it renders; escaping here too would double it.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Makes sure a language's texts are at hand, loading them if they are not. */
export async function ensureTranslation(
  instance: i18n,
  language: Language,
): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  const translation = await loadTranslation(language);
  instance.addResourceBundle(language, 'translation', translation);
}
