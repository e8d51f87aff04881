import { expect, test } from 'vitest';

import { chooseLanguage } from '@/app/use-url-language';

test.each([
  { search: '?lang=hi', preferred: ['vi-VN'], language: 'hi' },
  { search: '?party=AZ&lang=vi', preferred: ['en-US'], language: 'vi' },
  { search: '', preferred: ['vi-VN', 'en'], language: 'vi' },
  { search: '?lang=xx', preferred: ['hi-IN'], language: 'hi' },
  { search: '?lang=xx', preferred: ['fr'], language: 'en' },
])(
  'the URL $search with the browser preferring $preferred is in $language',
  ({ search, preferred, language }) => {
    expect(chooseLanguage(search, preferred)).toBe(language);
  },
);
