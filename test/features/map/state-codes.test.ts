import { expect, test } from 'vitest';

import { toAlpha2Code, toNumericCode } from '@/features/map/state-codes';

test.each([
  ['AZ', '031'],
  ['VN', '704'],
  ['NR', '520'],
  ['PW', '585'],
  ['ZA', '710'],
])('%s is %s in ISO 3166-1 numeric, both ways', (alpha2, numeric) => {
  expect(toNumericCode(alpha2)).toBe(numeric);
  expect(toAlpha2Code(numeric)).toBe(alpha2);
});

test.each(['UN', 'UNODC', 'ERICSSON', 'EU', 'az', ''])(
  '%j is no state of the atlas',
  (code) => {
    expect(toNumericCode(code)).toBeNull();
  },
);

test('a numeric code ISO does not assign has no alpha-2', () => {
  expect(toAlpha2Code('999')).toBeNull();
  expect(toAlpha2Code('31')).toBeNull();
});
