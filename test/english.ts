import { createI18n } from '@/i18n/create-i18n';

/** English interface text, for pure functions that word things. */
export const englishT = createI18n('en').t;

/** The words timeline items are drawn with, in English. */
export const ENGLISH_WORDS = { t: englishT, locale: 'en' };
