import { useTranslation } from 'react-i18next';

import { isOneOf } from '@/domain/is-one-of';
import { DEFAULT_LANGUAGE, INTL_LOCALES, LANGUAGES } from '@/domain/language';

/** The Intl locale of the current interface language. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  const language = isOneOf(LANGUAGES, i18n.language)
    ? i18n.language
    : DEFAULT_LANGUAGE;
  return INTL_LOCALES[language];
}
