import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import type { Verification } from '../../src/domain/event';

/**
 * The label each event that is not a signature has in the research, as
 * written there, and what makes it differ from the plain mapping: the rule of
 * docs/api.md for a verified row with a conflict on a detail. Signatures are
 * checked against their rows in signatures.test.ts.
 */
const LABELS: Record<
  string,
  { sheet: string; conflictOnDetail?: string; expected: Verification }
> = {
  'unga-adoption-2024-12-24': {
    // signatories.md §4: "This upgrades facts.md's '79/243: secondary only'
    // to VERIFIED via UNTC."
    sheet: 'VERIFIED.',
    expected: 'verified',
  },
  'mps-az-baku-agreements-2025-05': {
    sheet: 'UNVERIFIED (only mentioned later).',
    expected: 'unverified',
  },
  'baku-state-visit-2025-05-07': {
    // The misdated weekday is resolved (7 May was a Wednesday): a note.
    sheet:
      'VERIFIED. oc-media.org says "Thursday", but 7 May 2025 was a Wednesday',
    expected: 'verified',
  },
  'vn-az-documents-2025-05-07': {
    sheet:
      "VERIFIED. Sources disagree on the defence document's type (see §4).",
    conflictOnDetail: "the defence document's type",
    expected: 'partly-verified',
  },
  'vn-az-strategic-partnership-2025-05-07': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'ramaphosa-state-visit-2025-10-23': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'quang-unodc-2025-10-25': { sheet: 'VERIFIED', expected: 'verified' },
  'hanoi-convention-opening-2025-10-25': {
    sheet: 'VERIFIED',
    conflictOnDetail: 'how many signed on 25 October (65 or 64, §3.3)',
    expected: 'partly-verified',
  },
  'hanoi-convention-day2-2025-10-26': {
    sheet: 'VERIFIED. Count: CONFLICT.',
    conflictOnDetail: 'the count of signatories',
    expected: 'partly-verified',
  },
  'quang-algeria-2025-10-26': {
    // Known only from the Nhan Dan article, which was not retrieved.
    sheet: 'Date UNVERIFIED / INFERRED.',
    expected: 'unverified',
  },
  'quang-azerbaijan-2025-10-26': {
    sheet:
      'Meeting VERIFIED. That an agreement was signed is VERIFIED (headline). Its title is UNVERIFIED.',
    expected: 'partly-verified',
  },
  'quang-ericsson-2025-10-26': {
    sheet:
      'Meeting VERIFIED. The spelling of her name is CONFLICT/UNVERIFIED (see §3.2).',
    conflictOnDetail: 'the spelling of her name',
    expected: 'partly-verified',
  },
  'quang-iran-2025-10-26': {
    sheet: 'Meeting VERIFIED. What was said at the meeting was not seen.',
    expected: 'verified',
  },
  'quang-mozambique-2025-10-26': { sheet: 'VERIFIED', expected: 'verified' },
  'quang-southafrica-2025-10-26': {
    sheet:
      'Meeting VERIFIED. The content is VERIFIED (secondary: the vietnam.vn translations).',
    expected: 'partly-verified',
  },
  'quang-poland-2025-10-27': {
    // signatories.md §4 confirms the MoU from the Polish government.
    sheet: 'VERIFIED (Poland–Viet Nam MoU, gov.pl 28.10.2025)',
    expected: 'verified',
  },
  'signature-opening-notified-2025-05-13': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'ec-proposes-signature-2025-07-16': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'road-to-hanoi-2025-09-22': { sheet: 'VERIFIED', expected: 'verified' },
  'eu-council-authorises-signature-2025-10-13': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'maldives-parliament-approves-2025-10-15': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'spain-authorises-signature-2025-10-21': {
    sheet: 'VERIFIED (the article is dated 21 Oct)',
    expected: 'verified',
  },
  'unodc-counts-72-signatories-2025-10-27': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'eff-joint-statement-2025-10-27': {
    sheet: 'VERIFIED (EFF: secondary copy)',
    expected: 'partly-verified',
  },
  'russia-calls-to-ratify-2025-10-28': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'netherlands-will-sign-2025-10-26': {
    // The row goes on "Signature UNVERIFIED": that is a signature, which is
    // no event; that none was found is this statement's note.
    sheet: 'Statement VERIFIED.',
    expected: 'verified',
  },
  'new-york-reception-2025-11-17': { sheet: 'VERIFIED', expected: 'verified' },
  'vienna-rules-of-procedure-2026-01-26': {
    // The meeting VERIFIED; its reported outcome VERIFIED (secondary).
    sheet: 'VERIFIED; 2026-01 (outcome): VERIFIED (secondary)',
    expected: 'partly-verified',
  },
  'vienna-side-seminar-2026-01-26': { sheet: 'VERIFIED', expected: 'verified' },
  'civil-society-statement-2026-01-27': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'azerbaijan-parliament-approves-2026-02-10': {
    sheet: 'VERIFIED',
    conflictOnDetail: 'who ratified first (§2.2: CONFLICT)',
    expected: 'partly-verified',
  },
  'azerbaijan-president-approves-2026-02-23': {
    sheet: 'VERIFIED',
    expected: 'verified',
  },
  'qatar-ratifies-2026-02': {
    sheet: 'VERIFIED (secondary). No Qatari or UN source found.',
    expected: 'partly-verified',
  },
};

/** The mapping of docs/api.md, from the label and a conflict on a detail. */
function mapped({
  sheet,
  conflictOnDetail,
}: (typeof LABELS)[string]): Verification {
  if (conflictOnDetail !== undefined) return 'partly-verified';
  if (/^UNVERIFIED|^Date UNVERIFIED/.test(sheet)) return 'unverified';
  if (/CONFLICT/.test(sheet)) return 'disputed';
  if (/secondary|UNVERIFIED|INFERRED/.test(sheet)) return 'partly-verified';
  return 'verified';
}

const others = events.filter((event) => event.type !== 'signature');

test('every event that is not a signature has its label written down here', () => {
  expect(others.map((event) => event.id).sort()).toEqual(
    Object.keys(LABELS).sort(),
  );
});

test.each(Object.entries(LABELS))('%s follows the mapping', (id, label) => {
  expect(mapped(label)).toBe(label.expected);
  expect(events.find((event) => event.id === id)?.verification).toBe(
    label.expected,
  );
});

test('a conflict on a detail is given, version by version, in the notes', () => {
  for (const [id, label] of Object.entries(LABELS)) {
    if (label.conflictOnDetail === undefined) continue;
    const notes = events.find((event) => event.id === id)?.notes ?? [];
    expect(
      notes.some((note) => /differ|disputed|call|while|;/.test(note)),
      id,
    ).toBe(true);
  }
});
