import { expect, test } from 'vitest';

import { createI18n, ensureTranslation } from '@/i18n/create-i18n';
import { en } from '@/i18n/en';
import { vi } from '@/i18n/vi';

test('an instance starts with English and the texts it is given, nothing more', () => {
  const i18n = createI18n('vi', { vi });
  expect(i18n.t('app.title')).toBe(vi.app.title);
  expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
  expect(i18n.hasResourceBundle('hi', 'translation')).toBe(false);
});

test('a language not yet at hand is loaded before it is switched to', async () => {
  const i18n = createI18n('en');
  expect(i18n.t('app.print')).toBe(en.app.print);
  await ensureTranslation(i18n, 'vi');
  await i18n.changeLanguage('vi');
  expect(i18n.t('app.print')).toBe(vi.app.print);
});
