import { expect, test } from 'vitest';

import { detectLanguage, isLanguage } from '@/domain/language';

test.each([
  { preferred: ['vi-VN', 'en-US'], language: 'vi' },
  { preferred: ['hi-IN'], language: 'hi' },
  { preferred: ['HI'], language: 'hi' },
  { preferred: ['en-US', 'vi'], language: 'en' },
  { preferred: ['fr-FR', 'de', 'vi'], language: 'vi' },
  { preferred: ['fr-FR', 'de'], language: 'en' },
  { preferred: [], language: 'en' },
  { preferred: [''], language: 'en' },
])(
  'the browser preferring $preferred gets $language',
  ({ preferred, language }) => {
    expect(detectLanguage(preferred)).toBe(language);
  },
);

test('only the three interface languages are languages', () => {
  expect(['en', 'vi', 'hi'].every(isLanguage)).toBe(true);
  expect(['', 'xx', 'EN', 'vi-VN', 'fr'].some(isLanguage)).toBe(false);
});
