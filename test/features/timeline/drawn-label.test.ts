import { expect, test } from 'vitest';

import type { EventSummary } from '@/domain/event';
import { drawnLabel } from '@/features/timeline/drawn-label';
import { toTimelineItem } from '@/features/timeline/to-timeline-items';

import { englishT } from '../../english';

const NAMES: Record<string, string> = { VN: 'Vietnam', SA: 'Saudi Arabia' };
const nameOf = (code: string) => NAMES[code] ?? code;

function signature(parties: string[]): EventSummary {
  return {
    id: 'saudi-arabia-signs-2025-10-26',
    title: 'Saudi Arabia signs the UN Convention against Cybercrime',
    type: 'signature',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: { name: '', city: 'Hanoi', country: 'VN' },
    parties,
    summary: '',
    verification: 'verified',
  };
}

test('in the lane of signatures, a signature is drawn as who signed', () => {
  const label = drawnLabel('type', englishT, nameOf);
  expect(label(signature(['SA']))).toBe('Saudi Arabia');
  // Vietnam's own signature, Vietnam being the focal party.
  expect(label(signature(['VN']))).toBe('Vietnam');
});

test("in the signer's own lane, a signature is drawn as what it is", () => {
  const label = drawnLabel('counterpart', englishT, nameOf);
  expect(label(signature(['SA']))).toBe('Signature');
});

test('any other event is drawn with its whole title', () => {
  const meeting: EventSummary = {
    ...signature(['VN', 'SA']),
    id: 'meeting',
    type: 'bilateral-meeting',
    title: "Quang meets Saudi Arabia's minister",
  };
  for (const mode of ['type', 'counterpart'] as const) {
    expect(drawnLabel(mode, englishT, nameOf)(meeting)).toBe(meeting.title);
  }
});

test('the item keeps the whole title for its name and hint', () => {
  const event = signature(['SA']);
  const item = toTimelineItem(
    event,
    'type',
    undefined,
    drawnLabel('type', englishT, nameOf),
  );
  expect(item).toMatchObject({ label: 'Saudi Arabia', title: event.title });
});
