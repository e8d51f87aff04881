import {
  type DocumentKind,
  type DocumentStatus,
  type EventType,
  type ParticipantRole,
  type Verification,
} from './event';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  adoption: 'UN adoption',
  'state-visit': 'State visit',
  agreement: 'Agreement',
  ceremony: 'Ceremony',
  'bilateral-meeting': 'Bilateral meeting',
};

export const VERIFICATION_LABELS: Record<
  Verification,
  { label: string; explanation: string }
> = {
  verified: {
    label: 'Verified',
    explanation: 'Every fact shown was found in the sources listed.',
  },
  'partly-verified': {
    label: 'Partly verified',
    explanation:
      'The event is confirmed, but some details rest on a single or secondary source, or were not found.',
  },
  unverified: {
    label: 'Unverified',
    explanation:
      'Not confirmed by a source we could read: reported later, or inferred from other facts.',
  },
  disputed: {
    label: 'Disputed',
    explanation: 'Sources disagree; the notes give each version.',
  },
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  host: 'Host',
  guest: 'Guest',
  signatory: 'Signatory',
  witness: 'Witness',
  speaker: 'Speaker',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  treaty: 'Treaty',
  'joint-statement': 'Joint statement',
  agreement: 'Agreement',
  mou: 'Memorandum of understanding',
  'letter-of-intent': 'Letter of intent',
  programme: 'Programme',
  other: 'Other document',
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  adopted: 'adopted',
  signed: 'signed',
  exchanged: 'exchanged',
  reached: 'reached (no signing reported)',
  pending: 'pending',
};
