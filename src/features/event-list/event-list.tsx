import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { EventButton } from '@/components/event-button';
import type { EventSummary, Party } from '@/domain/event';
import { useEventDates } from '@/i18n/use-event-dates';
import { usePartyName } from '@/i18n/use-party-name';
import { typeLabel } from '@/i18n/type-label';

export type EventListProps = {
  events: EventSummary[];
  parties: ReadonlyMap<string, Party>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPreview: (id: string) => void;
};

/** The events as a table: the way to read them without the drawn timeline. */
function EventListRows({
  events,
  parties,
  selectedId,
  onSelect,
  onPreview,
}: EventListProps) {
  const { t } = useTranslation();
  const nameOf = usePartyName(parties);
  const { eventDate } = useEventDates();
  // Each cell's column, said on a phone (where a row is a card): looked up
  // once, not in each of a hundred rows.
  const typeColumn = t('list.type');
  const partiesColumn = t('list.parties');
  const verificationColumn = t('list.verification');
  return (
    <table className="tt-list">
      <caption>{t('list.caption', { count: events.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.date')}</th>
          <th scope="col">{t('list.event')}</th>
          <th scope="col">{typeColumn}</th>
          <th scope="col">{partiesColumn}</th>
          <th scope="col">{verificationColumn}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr
            key={event.id}
            aria-current={event.id === selectedId ? 'true' : undefined}
          >
            <td>{eventDate(event)}</td>
            <th scope="row">
              <EventButton
                id={event.id}
                onSelect={onSelect}
                onPreview={onPreview}
              >
                {event.title}
              </EventButton>
            </th>
            <td data-label={typeColumn}>{typeLabel(event, t)}</td>
            <td data-label={partiesColumn}>
              {event.parties.map(nameOf).join(', ')}
            </td>
            <td data-label={verificationColumn}>
              {t(`verification.${event.verification}.label`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Memoized: a filter click re-renders the dashboard, not a hundred rows. */
export const EventList = memo(EventListRows);
