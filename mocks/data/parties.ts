import type { Party } from '../../src/domain/event';

export const parties: Party[] = [
  { code: 'DZ', name: 'Algeria', kind: 'state' },
  { code: 'AZ', name: 'Azerbaijan', kind: 'state' },
  { code: 'ERICSSON', name: 'Ericsson', kind: 'company' },
  { code: 'IR', name: 'Iran', kind: 'state' },
  { code: 'LA', name: 'Laos', kind: 'state' },
  { code: 'MZ', name: 'Mozambique', kind: 'state' },
  { code: 'PL', name: 'Poland', kind: 'state' },
  { code: 'ZA', name: 'South Africa', kind: 'state' },
  { code: 'UN', name: 'United Nations', kind: 'organization' },
  {
    code: 'UNODC',
    name: 'United Nations Office on Drugs and Crime',
    kind: 'organization',
  },
  { code: 'VN', name: 'Vietnam', kind: 'state' },
];
