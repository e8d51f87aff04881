import Papa from 'papaparse';
import { expect, test } from 'vitest';

import { CSV_COLUMNS, toCsv, toCsvRow } from '@/features/export/to-csv';

import { EXPORT_EVENTS, itemAt } from '../../fakes/export-events';

const FORMULA_START = /^[=+\-@\t\r]/;

/** What a spreadsheet should see: the text, made inert where it could run. */
function expectedCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

test('a CSV starts with a byte order mark and ends its records with CRLF', () => {
  const csv = toCsv(EXPORT_EVENTS);
  expect(csv.startsWith('\uFEFFid,title,type,')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
});

test('a CSV parses back to the events, diacritics, quotes and newlines included', () => {
  const parsed = Papa.parse<string[]>(toCsv(EXPORT_EVENTS).slice(1), {
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual([...CSV_COLUMNS]);
  expect(rows).toEqual(
    EXPORT_EVENTS.map((event) => toCsvRow(event).map(expectedCell)),
  );
  expect(rows[0]?.[1]).toBe('Lương Tam Quang meets Azerbaijan’s minister');
});

test('cells that a spreadsheet would run as formulas start with an apostrophe', () => {
  const rows = Papa.parse<string[]>(toCsv(EXPORT_EVENTS).slice(1)).data;
  const titles = rows.slice(1).map((row) => row[1]);
  expect(titles).toContain(`'=HYPERLINK("https://evil.example","click")`);
  expect(titles).toContain("'+Agreements reached");
  expect(titles).toContain("'\tTabbed title");
  expect(titles).toContain("'\rCarriage return");
  expect(rows[3]?.[10]).toBe("'-1 signatory; @mention");
});

test('a row lists the API fields, nested ones flattened', () => {
  expect(toCsvRow(itemAt(EXPORT_EVENTS, 5))).toEqual([
    'state-visit-span',
    'State visit, two days',
    'state-visit',
    '2025-05-07',
    '2025-05-08',
    'Asia/Baku',
    'National Convention Centre',
    'Hanoi',
    'VN',
    'VN AZ',
    'Nothing unusual.',
    'unverified',
  ]);
});

test('no events still make a header', () => {
  expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
});
