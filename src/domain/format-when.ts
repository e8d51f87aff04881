/**
 * Event dates as text, in the event's own time zone and with no more
 * precision than the sources give.
 */
import type { EventSummary } from './event';
import { dateTimeFormat } from './intl-cache';
import {
  calendarSpan,
  type CalendarDay,
  type ParsedWhen,
  parseWhen,
} from './when';

/** How a date of uncertain days is worded, in the interface language. */
export type DateWording = {
  /** A month whose day the sources do not give: "May 2025, day not known". */
  dayNotKnown: (month: string) => string;
  /** A range with a month-precision end: "…, days not known". */
  daysNotKnown: (range: string) => string;
  /** A likely date the sources do not settle: "… (date uncertain)". */
  dateUncertain: (date: string) => string;
  /** One day within a range, not known which: "… (one day, not known which)". */
  oneDayWithin: (range: string) => string;
};

export const ENGLISH_DATE_WORDING: DateWording = {
  dayNotKnown: (month) => `${month}, day not known`,
  daysNotKnown: (range) => `${range}, days not known`,
  dateUncertain: (date) => `${date} (date uncertain)`,
  oneDayWithin: (range) => `${range} (one day, not known which)`,
};

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};

function dayAsUtcDate(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function formatTimed(
  when: Extract<ParsedWhen, { precision: 'minute' }>,
  timeZone: string,
  locale: string,
): string {
  return dateTimeFormat(locale, {
    ...DAY_OPTIONS,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(when.instant);
}

function formatMonth(year: number, month: number, locale: string): string {
  return dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

type Dated = Pick<EventSummary, 'start' | 'end' | 'timeZone'> &
  Partial<Pick<EventSummary, 'dateUncertain'>>;

/**
 * "Sat, 25 Oct 2025, 09:00 GMT+7", "Wed, 7 May – Thu, 8 May 2025" or
 * "May 2025, day not known"; an event whose date the sources do not settle
 * says so ("Sat, 25 Oct – Sun, 26 Oct 2025 (one day, not known which)"); an
 * unreadable value is shown as it came.
 */
export function formatEventDate(
  event: Dated,
  locale = 'en-GB',
  wording: DateWording = ENGLISH_DATE_WORDING,
): string {
  return withPlainSpaces(describeDates(event, locale, wording));
}

/**
 * The same text whichever copy of ICU formatted it: one puts thin or narrow
 * no-break spaces where another puts plain ones ("7 May – 8 May"), and the
 * page prerendered in Node must read exactly as the browser renders it.
 */
function withPlainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, ' ');
}

function describeDates(
  event: Dated,
  locale: string,
  wording: DateWording,
): string {
  if (event.dateUncertain !== true) return formatDates(event, locale, wording);
  if (event.end === null) {
    return wording.dateUncertain(formatDates(event, locale, wording));
  }
  // The range itself, not "days not known": it is one day within it.
  const plain = { ...wording, daysNotKnown: (range: string) => range };
  return wording.oneDayWithin(formatDates(event, locale, plain));
}

function formatDates(
  event: Dated,
  locale: string,
  wording: DateWording,
): string {
  const start = parseWhen(event.start);
  const end = event.end === null ? null : parseWhen(event.end);
  if (!start || (event.end !== null && !end)) {
    return event.end ? `${event.start} – ${event.end}` : event.start;
  }
  if (!end) {
    if (start.precision === 'month') {
      return wording.dayNotKnown(formatMonth(start.year, start.month, locale));
    }
    if (start.precision === 'minute') {
      return formatTimed(start, event.timeZone, locale);
    }
    return dateTimeFormat(locale, DAY_OPTIONS).format(dayAsUtcDate(start.day));
  }
  if (start.precision === 'minute' && end.precision === 'minute') {
    return `${formatTimed(start, event.timeZone, locale)} – ${formatTimed(end, event.timeZone, locale)}`;
  }
  const range = dateTimeFormat(locale, DAY_OPTIONS).formatRange(
    dayAsUtcDate(calendarSpan(start).first),
    dayAsUtcDate(calendarSpan(end).last),
  );
  const isUncertain = start.precision === 'month' || end.precision === 'month';
  return isUncertain ? wording.daysNotKnown(range) : range;
}

/**
 * A timed event's start on the viewer's own clock ("Sat, 25 Oct 2025, 04:00
 * CEST"), or null for a day or a month, which has no single instant.
 */
export function formatInViewerZone(
  event: Pick<EventSummary, 'start'>,
  locale = 'en-GB',
  viewerTimeZone?: string,
): string | null {
  const start = parseWhen(event.start);
  if (start?.precision !== 'minute') return null;
  return dateTimeFormat(locale, {
    ...DAY_OPTIONS,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: viewerTimeZone,
    timeZoneName: 'short',
  }).format(start.instant);
}
