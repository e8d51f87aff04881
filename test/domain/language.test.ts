import { expect, test } from 'vitest';

import { isOneOf } from '@/domain/is-one-of';
import { detectLanguage, LANGUAGES } from '@/domain/language';

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
  const isLanguage = (value: string) => isOneOf(LANGUAGES, value);
  expect(['en', 'vi', 'hi'].every(isLanguage)).toBe(true);
  expect(['', 'xx', 'EN', 'vi-VN', 'fr'].some(isLanguage)).toBe(false);
});
