import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';

import { eventQueries } from '@/api/event-queries';
import { isNotFound } from '@/api/api-error';
import { ErrorMessage, Spinner } from '@/components/status';
import { type EventSummary, type Party } from '@/domain/event';
import { formatEventDate, formatInViewerZone } from '@/domain/format-when';
import { EVENT_TYPE_LABELS, VERIFICATION_LABELS } from '@/domain/labels';
import { neighbours } from '@/domain/neighbours';
import { partyName } from '@/domain/party-name';

import {
  Documents,
  Notes,
  Participants,
  PartyList,
  Quotes,
  RelatedEvents,
  Sources,
} from './detail-sections';
import { useEventKeys } from './use-event-keys';

export type EventDetailPanelProps = {
  selectedId: string | null;
  /** The events of the current filter, in time order (for previous/next). */
  events: EventSummary[];
  parties: ReadonlyMap<string, Party>;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Buttons that act on the open event, such as saving it to a calendar. */
  renderActions?: (event: EventSummary) => React.ReactNode;
};

type OpenEventProps = Omit<EventDetailPanelProps, 'selectedId'> & {
  id: string;
};

function NoSuchEvent({ id }: { id: string }) {
  const { search } = useLocation();
  return (
    <section className="tt-detail" aria-labelledby="detail-missing">
      <h2 id="detail-missing">No such event</h2>
      <p>
        There is no event with the id “{id}”. It may have been removed, or the
        link is mistyped.
      </p>
      <Link to={{ pathname: '/', search }}>Back to the timeline</Link>
    </section>
  );
}

function OpenEvent({
  id,
  events,
  parties,
  onSelect,
  onClose,
  renderActions,
}: OpenEventProps) {
  const detail = useQuery(eventQueries.detail(id));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { previous, next } = neighbours(events, id);
  useEventKeys({
    onPrevious: () => {
      if (previous) onSelect(previous.id);
    },
    onNext: () => {
      if (next) onSelect(next.id);
    },
    onClose,
  });

  useEffect(
    function announceOpenedEvent() {
      headingRef.current?.focus({ preventScroll: true });
    },
    [id, detail.data],
  );

  if (detail.isError && isNotFound(detail.error))
    return <NoSuchEvent id={id} />;
  const event = detail.data ?? events.find((candidate) => candidate.id === id);
  if (!event) {
    return detail.isError ? (
      <ErrorMessage
        title="This event could not be loaded."
        error={detail.error}
        onRetry={() => void detail.refetch()}
        isRetrying={detail.isFetching}
      />
    ) : (
      <Spinner label="Loading the event…" />
    );
  }
  const verification = VERIFICATION_LABELS[event.verification];
  const viewerTime = formatInViewerZone(event);
  return (
    <section className="tt-detail" aria-labelledby="detail-title">
      <div className="tt-detail__bar">
        <p className="tt-detail__type">{EVENT_TYPE_LABELS[event.type]}</p>
        <nav className="tt-detail__nav" aria-label="Step through events">
          <button
            type="button"
            disabled={!previous}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => {
              if (previous) onSelect(previous.id);
            }}
          >
            ← Previous
          </button>
          <button
            type="button"
            disabled={!next}
            aria-keyshortcuts="ArrowRight"
            onClick={() => {
              if (next) onSelect(next.id);
            }}
          >
            Next →
          </button>
          <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
            Close
          </button>
        </nav>
      </div>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <dl className="tt-detail__facts">
        <dt>When</dt>
        <dd>
          {formatEventDate(event)}{' '}
          <span className="tt-muted">(local time at the place)</span>
          {viewerTime ? (
            <>
              <br />
              {viewerTime} <span className="tt-muted">(your time)</span>
            </>
          ) : null}
        </dd>
        <dt>Where</dt>
        <dd>
          {event.place.name}, {event.place.city},{' '}
          {partyName(event.place.country, parties)}
        </dd>
        <dt>Parties</dt>
        <dd>
          <PartyList codes={event.parties} parties={parties} />
        </dd>
        <dt>Verification</dt>
        <dd>
          <span className={`tt-badge tt-badge--${event.verification}`}>
            {verification.label}
          </span>
          <span className="tt-detail__explanation">
            {verification.explanation}
          </span>
        </dd>
      </dl>
      {renderActions ? (
        <div className="tt-detail__actions">{renderActions(event)}</div>
      ) : null}
      <p className="tt-detail__summary">{event.summary}</p>
      {detail.data ? (
        <>
          <Notes notes={detail.data.notes} />
          <Participants event={detail.data} parties={parties} />
          <Documents event={detail.data} parties={parties} />
          <Quotes event={detail.data} />
          <Sources event={detail.data} />
          <RelatedEvents event={detail.data} />
        </>
      ) : detail.isError ? (
        <ErrorMessage
          title="The event's participants, documents and sources could not be loaded."
          error={detail.error}
          onRetry={() => void detail.refetch()}
          isRetrying={detail.isFetching}
        />
      ) : (
        <Spinner label="Loading participants, documents and sources…" />
      )}
    </section>
  );
}

/** The open event, drilled down to who met, what was signed and who says so. */
export function EventDetailPanel({
  selectedId,
  ...props
}: EventDetailPanelProps) {
  if (selectedId === null) {
    return (
      <section
        className="tt-detail tt-detail--idle"
        aria-label="Selected event"
      >
        <p>
          Select an event on the timeline or in the table to see who took part,
          what was signed and which sources say so.
        </p>
      </section>
    );
  }
  return <OpenEvent key={selectedId} id={selectedId} {...props} />;
}
