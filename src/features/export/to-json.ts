import type { EventListParams } from '@/api/events';
import type { EventSummary } from '@/domain/event';

export type JsonExport = {
  exportedAt: string;
  /** The filter the events were chosen by, as the API's parameters. */
  filter: Omit<EventListParams, 'limit' | 'cursor'>;
  total: number;
  /** The list items of `GET /api/events`, every field as the API sent it. */
  items: readonly EventSummary[];
};

/** The events as the API gave them, with the filter and time of the export. */
export function toJson(
  events: readonly EventSummary[],
  params: EventListParams,
  now: Date,
): string {
  const { party, type, verification, from, to, q } = params;
  const body: JsonExport = {
    exportedAt: now.toISOString(),
    filter: { party, type, verification, from, to, q },
    total: events.length,
    items: events,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
