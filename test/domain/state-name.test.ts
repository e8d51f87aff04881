import { expect, test } from 'vitest';

import { stateName } from '@/domain/state-name';

test.each([
  ['en-GB', 'VN', 'Vietnam'],
  ['vi-VN', 'VN', 'Việt Nam'],
  ['hi-IN', 'VN', 'वियतनाम'],
  ['vi-VN', 'AZ', 'Azerbaijan'],
  ['hi-IN', 'AZ', 'अज़रबैजान'],
  ['en-GB', 'NR', 'Nauru'],
])('in %s, %s is %s', (locale, code, name) => {
  expect(stateName(code, locale)).toBe(name);
});

test('a code that names no region falls back to the name given, or the code', () => {
  expect(stateName('UNODC', 'en-GB', 'United Nations Office')).toBe(
    'United Nations Office',
  );
  expect(stateName('UNODC', 'en-GB')).toBe('UNODC');
  expect(stateName('ZZ', 'en-GB', 'Somewhere')).not.toBe('ZZ');
});
