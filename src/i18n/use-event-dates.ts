import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { EventSummary } from '@/domain/event';
import { formatEventDate, formatInViewerZone } from '@/domain/format-when';

import { useLocale } from './use-locale';

type Dated = Pick<EventSummary, 'start' | 'end' | 'timeZone'> &
  Partial<Pick<EventSummary, 'dateUncertain'>>;

/** Event dates formatted in the words of `t` and the Intl `locale`. */
export function eventDatesIn(t: TFunction, locale: string) {
  const wording = {
    dayNotKnown: (month: string) => t('when.dayNotKnown', { month }),
    daysNotKnown: (range: string) => t('when.daysNotKnown', { range }),
    dateUncertain: (date: string) => t('when.dateUncertain', { date }),
    oneDayWithin: (range: string) => t('when.oneDayWithin', { range }),
  };
  return {
    /** In the event's own zone, as precise as its sources. */
    eventDate: (event: Dated) => formatEventDate(event, locale, wording),
    /** A timed event's start on the viewer's clock, else null. */
    viewerTime: (event: Dated) => formatInViewerZone(event, locale),
  };
}

/** Event dates formatted in the interface language. */
export function useEventDates() {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => eventDatesIn(t, locale), [t, locale]);
}
