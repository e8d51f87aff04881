import type { EventListParams } from '@/api/events';
import { formatCalendarDay } from '@/domain/when';
import { normalizeText } from '@/domain/normalize-text';

const MAX_SUMMARY_LENGTH = 60;

/** Lower-case ASCII words joined by hyphens: safe in any file system. */
function slug(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "az-vn-agreement-from-2025-05-01-luong", or "all-events" unfiltered. */
export function filterSummary(params: EventListParams): string {
  const parts = [
    ...(params.party ?? []),
    ...(params.type ?? []),
    ...(params.verification ?? []),
    ...(params.from ? [`from-${params.from}`] : []),
    ...(params.to ? [`to-${params.to}`] : []),
    ...(params.q ? [params.q] : []),
  ];
  const summary = slug(parts.join(' '))
    .slice(0, MAX_SUMMARY_LENGTH)
    .replace(/-+$/, '');
  return summary || 'all-events';
}

function localDay(now: Date): string {
  return formatCalendarDay({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  });
}

/** "treaty-timeline-az-2025-11-28.csv" */
export function exportFileName(
  params: EventListParams,
  now: Date,
  extension: string,
): string {
  return `treaty-timeline-${filterSummary(params)}-${localDay(now)}.${extension}`;
}

/** "treaty-timeline-quang-azerbaijan-2025-10-26.ics" */
export function eventFileName(id: string, extension: string): string {
  return `treaty-timeline-${slug(id) || 'event'}.${extension}`;
}
