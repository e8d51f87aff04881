import { expect, test } from 'vitest';

import { readApiBaseUrl } from '@/config/api-base-url';

test.each<[string, string | undefined, string]>([
  ['unset', undefined, ''],
  ['empty', '', ''],
  ['only spaces', '   ', ''],
  ['only a slash', '/', ''],
  ['already clean', 'https://api.example.org', 'https://api.example.org'],
  [
    'with a trailing slash',
    'https://api.example.org/',
    'https://api.example.org',
  ],
  [
    'with several trailing slashes',
    'https://api.example.org///',
    'https://api.example.org',
  ],
  [
    'with a path and a slash',
    'https://example.org/v1/',
    'https://example.org/v1',
  ],
  [
    'padded with spaces',
    '  https://api.example.org  ',
    'https://api.example.org',
  ],
  [
    'padded, with a slash inside the padding',
    ' https://api.example.org/\n',
    'https://api.example.org',
  ],
])('readApiBaseUrl of a value %s', (_name, value, expected) => {
  expect(readApiBaseUrl(value)).toBe(expected);
});
