import { type UseQueryResult } from '@tanstack/react-query';

import { EmptyState, ErrorMessage, Spinner } from '@/components/status';
import { type EventPage } from '@/domain/event';

export type EventsAreaProps = {
  events: UseQueryResult<EventPage>;
  onClearFilters: () => void;
};

/**
 * The states of the events query, each explicit: loading, failed, refreshed
 * with a failure (the last good data stays, with a notice), empty, shown.
 */
export function EventsArea({ events, onClearFilters }: EventsAreaProps) {
  if (events.isPending) return <Spinner label="Loading events…" />;
  if (events.isError && events.data === undefined) {
    return (
      <ErrorMessage
        title="The events could not be loaded."
        error={events.error}
        onRetry={() => void events.refetch()}
        isRetrying={events.isFetching}
      />
    );
  }
  const page = events.data;
  return (
    <>
      {events.isError ? (
        <ErrorMessage
          title="Could not refresh the events; the last ones loaded are still shown."
          error={events.error}
          onRetry={() => void events.refetch()}
          isRetrying={events.isFetching}
        />
      ) : null}
      {page.items.length === 0 ? (
        <EmptyState>
          <p>No events match these filters.</p>
          <button type="button" onClick={onClearFilters}>
            Clear filters
          </button>
        </EmptyState>
      ) : null}
      {page.items.length < page.total ? (
        <p className="tt-muted">
          Showing the first {page.items.length} of {page.total} matching events.
        </p>
      ) : null}
    </>
  );
}
