import { expect, test } from 'vitest';

import { isPrerenderedView } from '@/app/prerendered-view';

const at = (pathname: string, search = '') => ({ pathname, search });

test('the prerendered view is / with no parameter, in an English browser', () => {
  expect(isPrerenderedView(at('/'), ['en-GB', 'vi'])).toBe(true);
  expect(isPrerenderedView(at('/'), [])).toBe(true);
});

test.each([
  ['a filtered link', at('/', '?party=AZ'), ['en']],
  ['a language in the URL', at('/', '?lang=vi'), ['en']],
  ['an event', at('/events/quang-azerbaijan-2025-10-26'), ['en']],
  ['a browser in Vietnamese', at('/'), ['vi-VN', 'en']],
  ['a browser in Hindi', at('/'), ['hi']],
])('%s is another view, rendered afresh', (_name, location, languages) => {
  expect(isPrerenderedView(location, languages)).toBe(false);
});
