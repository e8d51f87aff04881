import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

import { eventQueries, partyQueries } from '@/api/event-queries';
import { EmptyState, ErrorMessage, Spinner } from '@/components/status';
import { type Party } from '@/domain/event';
import { EventList } from '@/features/event-list/event-list';
import { EventSummaryPanel } from '@/features/event-summary/event-summary-panel';
import { TimelinePanel } from '@/features/timeline/timeline-panel';

const LIST_PARAMS = { limit: 500 };

/** The page at `/` and `/events/:id`: the timeline, the selection, the list. */
export function Dashboard() {
  const { id: selectedId = null } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const events = useQuery(eventQueries.list(LIST_PARAMS));
  const parties = useQuery(partyQueries.list());
  const partiesByCode = useMemo(
    () =>
      new Map<string, Party>(
        (parties.data?.items ?? []).map((party) => [party.code, party]),
      ),
    [parties.data],
  );

  const select = (id: string | null) => {
    void navigate({
      pathname: id === null ? '/' : `/events/${encodeURIComponent(id)}`,
      search,
    });
  };

  if (events.isPending) {
    return <Spinner label="Loading events…" />;
  }
  if (events.isError) {
    return (
      <ErrorMessage
        title="The events could not be loaded."
        error={events.error}
        onRetry={() => void events.refetch()}
        isRetrying={events.isFetching}
      />
    );
  }
  const { items, total } = events.data;
  if (items.length === 0) {
    return (
      <EmptyState>No events to show: the events API returned none.</EmptyState>
    );
  }
  const selected = items.find((event) => event.id === selectedId);
  return (
    <div className="tt-dashboard">
      <section
        className="tt-dashboard__timeline"
        aria-labelledby="timeline-heading"
      >
        <h2 id="timeline-heading" className="tt-section-title">
          Timeline{' '}
          <span className="tt-count" role="status">
            {items.length === total
              ? `${total} events`
              : `showing the first ${items.length} of ${total} events`}
          </span>
        </h2>
        <TimelinePanel
          events={items}
          selectedId={selectedId}
          onSelect={select}
        />
      </section>
      <aside className="tt-dashboard__summary">
        <EventSummaryPanel
          selectedId={selectedId}
          event={selected}
          parties={partiesByCode}
          onClose={() => {
            select(null);
          }}
        />
      </aside>
      <section className="tt-dashboard__list" aria-label="Events as a table">
        <EventList
          events={items}
          parties={partiesByCode}
          selectedId={selectedId}
          onSelect={select}
        />
      </section>
    </div>
  );
}
