import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import type { EventDetail, Verification } from '../../src/domain/event';
import { normalizeText } from '../../src/domain/normalize-text';
import {
  HANOI_ROWS,
  LATER_ROWS,
  type SheetRow,
} from '../fixtures/signatory-rows';

const signatures = events.filter((event) => event.type === 'signature');

function codeOf(row: SheetRow): string {
  return /^[A-Z]{2}$/.test(row.iso) ? row.iso : 'EU';
}

function signatureOf(code: string): EventDetail {
  const found = signatures.filter((event) => event.parties.includes(code));
  expect(found, code).toHaveLength(1);
  const [event] = found;
  if (!event) throw new Error(`no signature of ${code}`);
  return event;
}

type Day = '25' | '26' | '25 or 26';

/** The day a Hanoi row gives: "2025-10-25 (NL)", "**2025-10-26**", "25 or 26 Oct 2025". */
function dayOf(row: SheetRow): Day {
  if (row.date.startsWith('25 or 26 Oct 2025')) return '25 or 26';
  if (/^(\*\*)?2025-10-26/.test(row.date)) return '26';
  if (row.date.startsWith('2025-10-25')) return '25';
  throw new Error(`unreadable date for ${row.iso}: ${row.date}`);
}

/**
 * The mapping of docs/api.md for a signature row's label. Its CONFLICTs are
 * on the signature or its day, so they make it disputed; anything else not
 * fully verified (a secondary source, an unverified signer, an inferred date
 * or place) makes it partly verified. The EU row's mention of a claim the
 * sheet says not to use ("do not use", §5) does not count.
 */
function verificationOf(label: string): Verification {
  const text = label.replace(/twwnews\.com quotes.*$/, '');
  if (/CONFLICT/.test(text)) return 'disputed';
  if (/UNVERIFIED|INFERRED|\(secondary/.test(text)) return 'partly-verified';
  if (/VERIFIED/.test(text)) return 'verified';
  return 'unverified';
}

/** A signer the sheet does not name: "not found", "Not named", … */
function namesNoSigner(row: SheetRow): boolean {
  return /^(not found|not named|a representative|head of delegation|the european commission)/i.test(
    row.signer,
  );
}

test('the sheet lists 72 Hanoi signatories: 65 on 25 October, 3 on the 26th, 4 on either', () => {
  expect(HANOI_ROWS).toHaveLength(72);
  const days = HANOI_ROWS.map(dayOf);
  expect(days.filter((day) => day === '25')).toHaveLength(65);
  expect(days.filter((day) => day === '26')).toHaveLength(3);
  expect(days.filter((day) => day === '25 or 26')).toHaveLength(4);
});

test('72 signature events are dated 25 or 26 October 2025, in Hanoi', () => {
  const hanoi = signatures.filter((event) =>
    event.start.startsWith('2025-10-2'),
  );
  expect(hanoi).toHaveLength(72);
  for (const event of hanoi) {
    expect(event.place.city, event.id).toBe('Hanoi');
    expect(event.timeZone, event.id).toBe('Asia/Ho_Chi_Minh');
  }
});

test('every Hanoi row is one signature event on the day the sheet gives', () => {
  const counts: Record<Day, number> = { '25': 0, '26': 0, '25 or 26': 0 };
  for (const row of HANOI_ROWS) {
    const event = signatureOf(codeOf(row));
    const day = dayOf(row);
    counts[day] += 1;
    if (day === '25 or 26') {
      expect([event.start, event.end, event.dateUncertain], row.iso).toEqual([
        '2025-10-25',
        '2025-10-26',
        true,
      ]);
    } else {
      expect([event.start, event.end], row.iso).toEqual([
        `2025-10-${day}`,
        null,
      ]);
      expect(event.dateUncertain, row.iso).toBeUndefined();
    }
  }
  const days = signatures.map((event) =>
    event.end === '2025-10-26' ? '25 or 26' : event.start,
  );
  expect(days.filter((day) => day === '2025-10-25')).toHaveLength(counts['25']);
  expect(days.filter((day) => day === '2025-10-26')).toHaveLength(counts['26']);
  expect(days.filter((day) => day === '25 or 26')).toHaveLength(
    counts['25 or 26'],
  );
});

test('the later signatures are those the sheet names, at UN Headquarters', () => {
  const later = LATER_ROWS.filter(
    (row) => !/^Said it could not sign/.test(row.date),
  );
  expect(later.map((row) => row.iso)).toEqual(['MU', 'FJ', 'CA']);
  expect(
    later.map((row) => {
      const event = signatureOf(row.iso);
      return [row.iso, event.start, event.end, event.dateUncertain === true];
    }),
  ).toEqual([
    ['MU', '2025-11-19', null, false],
    // "After 19 Nov 2025 … and by March 2026": one day between the two.
    ['FJ', '2025-11-19', '2026-03', true],
    // "mid-July 2026 (exact day not seen)".
    ['CA', '2026-07', null, false],
  ]);
  for (const row of later) {
    expect(signatureOf(row.iso).place.city).toBe('New York');
  }
  // The Netherlands said it would sign; no signature was found.
  expect(signatures.some((event) => event.parties.includes('NL'))).toBe(false);
  expect(signatures).toHaveLength(HANOI_ROWS.length + later.length);
});

test('no state or organisation has two signature events', () => {
  const codes = signatures.flatMap((event) => event.parties);
  expect(signatures.every((event) => event.parties.length === 1)).toBe(true);
  expect(new Set(codes).size).toBe(codes.length);
});

test('signature labels follow the mapping of the sheet labels', () => {
  for (const row of [...HANOI_ROWS, ...LATER_ROWS]) {
    if (/^Said it could not sign/.test(row.date)) continue;
    expect({
      party: codeOf(row),
      verification: signatureOf(codeOf(row)).verification,
    }).toEqual({ party: codeOf(row), verification: verificationOf(row.label) });
  }
});

test('the signer is a participant with the role signatory where the sheet names one', () => {
  for (const row of [...HANOI_ROWS, ...LATER_ROWS]) {
    if (/^Said it could not sign/.test(row.date)) continue;
    const event = signatureOf(codeOf(row));
    const signers = event.participants.filter(
      (person) => person.role === 'signatory',
    );
    if (namesNoSigner(row)) {
      expect(signers, row.iso).toEqual([]);
      // The caveat is a note, never silence.
      expect(
        event.notes.some((note) => /signed|named|individual/.test(note)),
        row.iso,
      ).toBe(true);
    } else {
      expect(signers, row.iso).toHaveLength(1);
      const surname = signers[0]?.name.split(' ').at(-1) ?? '';
      expect(normalizeText(row.signer), row.iso).toContain(
        normalizeText(surname),
      );
      expect(signers[0]?.party, row.iso).toBe(codeOf(row));
    }
  }
});

test('every signature is of the Convention, with a summary that says where and when', () => {
  for (const event of signatures) {
    expect(event.documents, event.id).toEqual([
      {
        title: 'United Nations Convention against Cybercrime',
        kind: 'treaty',
        parties: event.parties,
        status: 'signed',
      },
    ]);
    expect(event.summary, event.id).toMatch(
      /(in Hanoi|UN Headquarters in New York)/,
    );
    expect(event.summary, event.id).toMatch(/\b20(25|26)\b/);
  }
});

test('ids are stable and readable, and Algeria keeps its id', () => {
  expect(signatureOf('DZ').id).toBe('algeria-signs-2025-10-25');
  expect(signatureOf('BR').id).toBe('signature-br-2025-10-25');
  expect(signatureOf('SE').id).toBe('signature-se-2025-10-25-to-2025-10-26');
  expect(signatureOf('EU').id).toBe('signature-eu-2025-10-25');
  for (const event of signatures) {
    if (event.id === 'algeria-signs-2025-10-25') continue;
    const code = event.parties[0]?.toLowerCase() ?? '';
    expect(event.id).toMatch(
      new RegExp(`^signature-${code}-\\d{4}-\\d{2}(-\\d{2})?(-to-[\\d-]+)?$`),
    );
  }
});

test("Azerbaijan's reservations are a note, with the treaty database as source", () => {
  const event = signatureOf('AZ');
  expect(event.notes.join(' ')).toMatch(
    /reservations.*Articles 7\(2\), 9\(2\), 11\(3\) and 63\(3\)/,
  );
  expect(event.sources.map((source) => source.url)).toContain(
    'https://www.verdragen.nl/nl/Verdrag/Details/013891_b',
  );
});

test('a signature of an uncertain day says why in a note', () => {
  for (const event of signatures.filter((e) => e.dateUncertain)) {
    expect(
      event.notes.some((note) => /not (found|reported|known)/.test(note)),
      event.id,
    ).toBe(true);
  }
});

test('a disputed signature gives each version, and its title says so where the signature itself is in doubt', () => {
  expect(signatureOf('UG').title).toMatch(/disputed/);
  expect(signatureOf('UG').notes.join(' ')).toMatch(/Oeganda/);
  expect(signatureOf('UG').notes.join(' ')).toMatch(/United Arab Emirates/);
  expect(signatureOf('MY').notes.join(' ')).toMatch(/26, 2025/);
});
