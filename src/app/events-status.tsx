import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { EmptyState, Spinner } from '@/components/status';
import type { EventPage } from '@/domain/event';

export type EventsStatusProps = {
  events: UseQueryResult<EventPage>;
  onClearFilters: () => void;
};

/**
 * The states of the events query, each explicit: loading, empty, shown, or
 * failed, which the page says once for all its data (usePageFailure).
 */
export function EventsStatus({ events, onClearFilters }: EventsStatusProps) {
  const { t } = useTranslation();
  if (events.isPending) return <Spinner label={t('dashboard.loading')} />;
  const page = events.data;
  if (page === undefined) return null;
  return (
    <>
      {page.items.length === 0 ? (
        <EmptyState>
          <p>{t('dashboard.noMatches')}</p>
          <button type="button" onClick={onClearFilters}>
            {t('dashboard.clearFilters')}
          </button>
        </EmptyState>
      ) : null}
      {page.items.length < page.total ? (
        <p className="tt-muted">
          {t('dashboard.firstOf', {
            shown: page.items.length,
            total: page.total,
          })}
        </p>
      ) : null}
    </>
  );
}
