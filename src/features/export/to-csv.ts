import Papa from 'papaparse';

import type { EventSummary } from '@/domain/event';

/**
 * The columns, named after the API's fields (nested ones with a dot); lists
 * (`additionalTypes`, `parties`) are joined by spaces, `dateUncertain` is
 * `true` or `false`.
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'type',
  'additionalTypes',
  'start',
  'end',
  'dateUncertain',
  'timeZone',
  'place.name',
  'place.city',
  'place.country',
  'parties',
  'summary',
  'verification',
] as const;

/** Lets spreadsheets tell UTF-8 from their local code page ("Lương"). */
const BYTE_ORDER_MARK = '\uFEFF';

/** The cells of one event, in the order of CSV_COLUMNS. */
export function toCsvRow(event: EventSummary): string[] {
  return [
    event.id,
    event.title,
    event.type,
    (event.additionalTypes ?? []).join(' '),
    event.start,
    event.end ?? '',
    String(event.dateUncertain === true),
    event.timeZone,
    event.place.name,
    event.place.city,
    event.place.country,
    event.parties.join(' '),
    event.summary,
    event.verification,
  ];
}

/**
 * RFC 4180 CSV (CRLF, quoted where needed) with a byte order mark. Cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * get a leading apostrophe, so hostile text stays text.
 */
export function toCsv(events: readonly EventSummary[]): string {
  return (
    BYTE_ORDER_MARK +
    Papa.unparse([[...CSV_COLUMNS], ...events.map(toCsvRow)], {
      newline: '\r\n',
      escapeFormulae: true,
    }) +
    '\r\n'
  );
}
