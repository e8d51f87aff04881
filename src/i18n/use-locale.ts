import { useTranslation } from 'react-i18next';

import { DEFAULT_LANGUAGE, INTL_LOCALES, isLanguage } from '@/domain/language';

/** The Intl locale of the current interface language. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return INTL_LOCALES[language];
}
