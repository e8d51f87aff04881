/** People and places several events share, spelled once. */
import type { Participant, Place } from '../../src/domain/event';

export const quangTitle =
  'General; Politburo member; Minister of Public Security of Vietnam';

/** General (Đại tướng) Lương Tam Quang, with his diacritics. */
export const quangHost: Participant = {
  name: 'Lương Tam Quang',
  title: quangTitle,
  party: 'VN',
  role: 'host',
};

export const toLamTitle =
  'General Secretary of the Communist Party of Vietnam Central Committee';

/** Where the sources say only "in Hanoi". */
export const hanoi: Place = { name: '', city: 'Hanoi', country: 'VN' };

export const nationalConventionCentre: Place = {
  name: 'National Convention Centre',
  city: 'Hanoi',
  country: 'VN',
};

export const unHeadquarters: Place = {
  name: 'UN Headquarters',
  city: 'New York',
  country: 'US',
};

export const presidentialPalace: Place = {
  name: 'Presidential Palace',
  city: 'Baku',
  country: 'AZ',
};
