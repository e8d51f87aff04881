import type { EventSummary } from '@/domain/event';

function event(
  overrides: Partial<EventSummary> & Pick<EventSummary, 'id' | 'start'>,
): EventSummary {
  return {
    title: 'A meeting',
    type: 'bilateral-meeting',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: { name: 'National Convention Centre', city: 'Hanoi', country: 'VN' },
    parties: ['VN', 'AZ'],
    summary: 'Nothing unusual.',
    verification: 'verified',
    ...overrides,
  };
}

/** Events with every date form and text that breaks naive writers. */
export const EXPORT_EVENTS: EventSummary[] = [
  event({
    id: 'quang-azerbaijan-2025-10-26',
    start: '2025-10-26',
    title: 'Lương Tam Quang meets Azerbaijan’s minister',
    summary:
      'Talks on "cyber", crime; extradition\\cooperation,\nthen dinner.\r\nनई दिल्ली — हिन्दी',
  }),
  event({
    id: 'hanoi-opening',
    type: 'ceremony',
    start: '2025-10-25T09:00:00+07:00',
    end: '2025-10-25T12:30:00+07:00',
    title: '=HYPERLINK("https://evil.example","click")',
    summary: 'A very long summary that goes on and on, '.repeat(6),
  }),
  event({
    id: 'baku-agreements',
    type: 'agreement',
    start: '2025-05',
    timeZone: 'Asia/Baku',
    place: { name: 'Presidential Palace', city: 'Baku', country: 'AZ' },
    title: '+Agreements reached',
    summary: '-1 signatory; @mention',
    verification: 'partly-verified',
  }),
  event({
    id: 'new-york-summer',
    type: 'adoption',
    start: '2025-07-04T10:00:00-04:00',
    timeZone: 'America/New_York',
    place: { name: 'UN Headquarters', city: 'New York', country: 'US' },
    title: '\tTabbed title',
    parties: ['UN'],
  }),
  event({
    id: 'new-york-winter',
    type: 'adoption',
    start: '2024-12-24T15:30:00-05:00',
    timeZone: 'America/New_York',
    place: { name: 'UN Headquarters', city: 'New York', country: 'US' },
    title: '\rCarriage return',
    verification: 'disputed',
  }),
  event({
    id: 'state-visit-span',
    type: 'state-visit',
    start: '2025-05-07',
    end: '2025-05-08',
    timeZone: 'Asia/Baku',
    title: 'State visit, two days',
    verification: 'unverified',
  }),
];

/** The item at an index, or a failed test where there is none. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${String(index)}`);
  return item;
}
