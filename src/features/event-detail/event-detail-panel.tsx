import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { eventQueries } from '@/api/event-queries';
import { isNotFound } from '@/api/api-error';
import { ErrorMessage, Spinner } from '@/components/status';
import { useUrl } from '@/components/use-url';
import type { EventSummary, Party } from '@/domain/event';
import { neighbours } from '@/domain/neighbours';
import { useEventDates } from '@/i18n/use-event-dates';
import { usePartyName } from '@/i18n/use-party-name';
import { typeLabel } from '@/i18n/type-label';

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
  selectedId: string;
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
  const { t } = useTranslation();
  const { search } = useUrl();
  return (
    <section className="tt-detail" aria-labelledby="detail-missing">
      <h2 id="detail-missing">{t('detail.noSuchEvent')}</h2>
      <p>{t('detail.noSuchEventText', { id })}</p>
      <Link href={`/${search}`}>{t('app.backToTimeline')}</Link>
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
  const { t } = useTranslation();
  const nameOf = usePartyName(parties);
  const { eventDate, viewerTime: inViewerZone } = useEventDates();
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
        title={t('detail.loadFailed')}
        error={detail.error}
        onRetry={() => void detail.refetch()}
        isRetrying={detail.isFetching}
      />
    ) : (
      <Spinner label={t('detail.loading')} />
    );
  }
  const viewerTime = inViewerZone(event);
  return (
    <section className="tt-detail" aria-labelledby="detail-title">
      <div className="tt-detail__bar">
        <p className="tt-detail__type">{typeLabel(event, t)}</p>
        <nav className="tt-detail__nav" aria-label={t('detail.stepThrough')}>
          <button
            type="button"
            disabled={!previous}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => {
              if (previous) onSelect(previous.id);
            }}
          >
            {t('detail.previous')}
          </button>
          <button
            type="button"
            disabled={!next}
            aria-keyshortcuts="ArrowRight"
            onClick={() => {
              if (next) onSelect(next.id);
            }}
          >
            {t('detail.next')}
          </button>
          <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
            {t('detail.close')}
          </button>
        </nav>
      </div>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <dl className="tt-detail__facts">
        <dt>{t('detail.when')}</dt>
        <dd>
          {eventDate(event)}{' '}
          <span className="tt-muted">{t('detail.localTime')}</span>
          {viewerTime ? (
            <>
              <br />
              {viewerTime}{' '}
              <span className="tt-muted">{t('detail.yourTime')}</span>
            </>
          ) : null}
        </dd>
        <dt>{t('detail.where')}</dt>
        <dd>
          {[event.place.name, event.place.city, nameOf(event.place.country)]
            .filter((part) => part !== '')
            .join(', ')}
          {event.place.name === '' && event.place.city === '' ? (
            <>
              {' '}
              <span className="tt-muted">{t('detail.noVenue')}</span>
            </>
          ) : null}
        </dd>
        <dt>{t('detail.parties')}</dt>
        <dd>
          <PartyList codes={event.parties} parties={parties} />
        </dd>
        <dt>{t('detail.verification')}</dt>
        <dd>
          <span className={`tt-badge tt-badge--${event.verification}`}>
            {t(`verification.${event.verification}.label`)}
          </span>
          <span className="tt-detail__explanation">
            {t(`verification.${event.verification}.explanation`)}
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
          title={t('detail.moreFailed')}
          error={detail.error}
          onRetry={() => void detail.refetch()}
          isRetrying={detail.isFetching}
        />
      ) : (
        <Spinner label={t('detail.loadingMore')} />
      )}
    </section>
  );
}

/** The open event, drilled down to who met, what was signed and who says so. */
export function EventDetailPanel({
  selectedId,
  ...props
}: EventDetailPanelProps) {
  return <OpenEvent key={selectedId} id={selectedId} {...props} />;
}
