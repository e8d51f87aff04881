import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { DEFAULT_LANGUAGE, type Language } from '@/domain/language';

import { en } from './en';
import { hi } from './hi';
import { vi } from './vi';

export const RESOURCES = {
  en: { translation: en },
  vi: { translation: vi },
  hi: { translation: hi },
} as const;

/**
 * A ready i18next instance in a language: the resources are bundled, so it
 * starts synchronously and the first render is already in that language.
 */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React escapes what it renders; escaping here too would double it.
    interpolation: { escapeValue: false },
  });
  return instance;
}
