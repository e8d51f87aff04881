/**
 * Every party that takes part in an event. The API names a state in English
 * through Intl (the client names it again in the reader's language), so no
 * list of state names is kept by hand; organisations and companies are named
 * here.
 */
import type { Party } from '../../src/domain/event';
import { events } from './events';

const ORGANISATIONS: readonly Party[] = [
  { code: 'UN', name: 'United Nations', kind: 'organization' },
  {
    code: 'UNODC',
    name: 'United Nations Office on Drugs and Crime',
    kind: 'organization',
  },
  { code: 'EU', name: 'European Union', kind: 'organization' },
  { code: 'IPU', name: 'Inter-Parliamentary Union', kind: 'organization' },
  { code: 'INTERPOL', name: 'INTERPOL', kind: 'organization' },
  {
    code: 'EFF',
    name: 'Electronic Frontier Foundation',
    kind: 'organization',
  },
  {
    code: 'CIVIL-SOCIETY',
    name: 'Civil-society organisations',
    kind: 'organization',
  },
  { code: 'ERICSSON', name: 'Ericsson', kind: 'company' },
];

function partyCodesOf(): Set<string> {
  const codes = new Set<string>();
  for (const event of events) {
    for (const code of event.parties) codes.add(code);
    for (const person of event.participants) codes.add(person.party);
    for (const document of event.documents) {
      for (const code of document.parties) codes.add(code);
    }
  }
  return codes;
}

function toParties(): Party[] {
  const english = new Intl.DisplayNames(['en'], {
    type: 'region',
    fallback: 'none',
  });
  const organisations = new Map(ORGANISATIONS.map((p) => [p.code, p]));
  return [...partyCodesOf()]
    .map((code): Party => {
      const organisation = organisations.get(code);
      if (organisation) return organisation;
      const name = /^[A-Z]{2}$/.test(code) ? english.of(code) : undefined;
      if (name === undefined) {
        throw new Error(`Party ${code} is neither a state nor named here.`);
      }
      return { code, name, kind: 'state' };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Sorted by name. */
export const parties: Party[] = toParties();
