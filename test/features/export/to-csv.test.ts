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
  expect(rows[3]?.[CSV_COLUMNS.indexOf('summary')]).toBe(
    "'-1 signatory; @mention",
  );
});

test('a row lists the API fields, nested ones flattened', () => {
  expect(toCsvRow(itemAt(EXPORT_EVENTS, 5))).toEqual([
    'state-visit-span',
    'State visit, two days',
    'state-visit',
    '',
    '2025-05-07',
    '2025-05-08',
    'false',
    'Asia/Baku',
    'National Convention Centre',
    'Hanoi',
    'VN',
    'VN AZ',
    'Nothing unusual.',
    'unverified',
  ]);
});

test('additional types and an uncertain date have their own columns', () => {
  const row = toCsvRow({
    ...itemAt(EXPORT_EVENTS, 5),
    type: 'bilateral-meeting',
    additionalTypes: ['agreement', 'signature'],
    start: '2025-10-25',
    end: '2025-10-26',
    dateUncertain: true,
  });
  const cell = (column: (typeof CSV_COLUMNS)[number]) =>
    row[CSV_COLUMNS.indexOf(column)];
  expect(cell('type')).toBe('bilateral-meeting');
  expect(cell('additionalTypes')).toBe('agreement signature');
  expect(cell('dateUncertain')).toBe('true');
  expect(cell('end')).toBe('2025-10-26');
});

test('no events still make a header', () => {
  expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
});
