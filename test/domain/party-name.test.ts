import { expect, test } from 'vitest';

import type { Party } from '@/domain/event';
import { partyName } from '@/domain/party-name';

const PARTIES: Party[] = [
  { code: 'VN', name: 'Vietnam', kind: 'state' },
  { code: 'EU', name: 'European Union', kind: 'organization' },
  { code: 'UNODC', name: 'UN Office on Drugs and Crime', kind: 'organization' },
  { code: 'ERICSSON', name: 'Ericsson', kind: 'company' },
];
const KNOWN: ReadonlyMap<string, Party> = new Map(
  PARTIES.map((party) => [party.code, party]),
);

const ORGANISATIONS: Record<string, string> = {
  EU: 'Liên minh châu Âu',
  UNODC: 'Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm',
};
const inVietnamese = (code: string) => ORGANISATIONS[code];

test.each([
  { code: 'VN', locale: 'en-GB', name: 'Vietnam' },
  { code: 'VN', locale: 'vi-VN', name: 'Việt Nam' },
  { code: 'VN', locale: 'hi-IN', name: 'वियतनाम' },
  { code: 'KP', locale: 'vi-VN', name: 'Triều Tiên' },
  { code: 'KP', locale: 'hi-IN', name: 'उत्तर कोरिया' },
  { code: 'BR', locale: 'hi-IN', name: 'ब्राज़ील' },
])(
  'a state is named by Intl: $code in $locale is $name',
  ({ code, locale, name }) => {
    expect(partyName(code, KNOWN, locale, inVietnamese)).toBe(name);
  },
);

test('an organisation or company is named by the interface, else by the API', () => {
  expect(partyName('EU', KNOWN, 'vi-VN', inVietnamese)).toBe(
    'Liên minh châu Âu',
  );
  expect(partyName('UNODC', KNOWN, 'vi-VN', inVietnamese)).toBe(
    'Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm',
  );
  // A two-letter organisation code is not taken for a region.
  expect(partyName('EU', KNOWN, 'vi-VN')).toBe('European Union');
  expect(partyName('ERICSSON', KNOWN, 'vi-VN', inVietnamese)).toBe('Ericsson');
});

test('a code neither the API nor Intl knows is shown as it is', () => {
  expect(partyName('CIVIL-SOCIETY', KNOWN, 'en-GB')).toBe('CIVIL-SOCIETY');
  expect(partyName('QQ', KNOWN, 'en-GB')).toBe('QQ');
});

test('the resources name a state first when they name it: PS signed as the State of Palestine', () => {
  const named = (code: string) =>
    code === 'PS' ? 'State of Palestine' : undefined;
  expect(partyName('PS', KNOWN, 'en', named)).toBe('State of Palestine');
  expect(partyName('PS', KNOWN, 'en')).toBe('Palestinian Territories');
  expect(partyName('VN', KNOWN, 'en', named)).toBe('Vietnam');
});
