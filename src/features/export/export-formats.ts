import type { TFunction } from 'i18next';

import type { EventListParams } from '@/api/events';
import type { EventSummary } from '@/domain/event';

export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * The file's text. The writers are loaded when first needed, so the page
 * does not pay for them on its first load.
 */
export async function renderExport(
  format: ExportFormat,
  events: readonly EventSummary[],
  params: EventListParams,
  now: Date,
  t: TFunction,
): Promise<string> {
  switch (format) {
    case 'csv':
      return (await import('./to-csv')).toCsv(events);
    case 'json':
      return (await import('./to-json')).toJson(events, params, now);
    case 'ics':
      return (await import('./to-ics')).toIcs(events, now, t);
  }
}
