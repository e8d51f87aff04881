import type { Language } from '@/domain/language';

/**
 * What the page says when the app itself cannot load, in the reader's
 * language. It is shown before, and without, the app's texts (src/i18n/en.ts
 * and the rest), which are what failed to load.
 */
export const STARTUP_FAILURE: Record<Language, (reason: string) => string> = {
  en: (reason) => `The dashboard could not start: ${reason}`,
  vi: (reason) => `Không thể khởi động bảng điều khiển: ${reason}`,
  hi: (reason) => `डैशबोर्ड शुरू नहीं हो सका: ${reason}`,
};
