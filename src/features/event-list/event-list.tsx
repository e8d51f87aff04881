import { type EventSummary, type Party } from '@/domain/event';
import { formatEventDate } from '@/domain/format-when';
import { EVENT_TYPE_LABELS, VERIFICATION_LABELS } from '@/domain/labels';
import { partyName } from '@/domain/party-name';

export type EventListProps = {
  events: EventSummary[];
  parties: ReadonlyMap<string, Party>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPreview: (id: string) => void;
};

/** The events as a table: the way to read them without the drawn timeline. */
export function EventList({
  events,
  parties,
  selectedId,
  onSelect,
  onPreview,
}: EventListProps) {
  return (
    <table className="tt-list">
      <caption>Events in time order ({events.length})</caption>
      <thead>
        <tr>
          <th scope="col">Date (local)</th>
          <th scope="col">Event</th>
          <th scope="col">Type</th>
          <th scope="col">Parties</th>
          <th scope="col">Verification</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr
            key={event.id}
            aria-current={event.id === selectedId ? 'true' : undefined}
          >
            <td>{formatEventDate(event)}</td>
            <th scope="row">
              <button
                type="button"
                className="tt-link-button"
                data-event-id={event.id}
                onClick={() => {
                  onSelect(event.id);
                }}
                onMouseEnter={() => {
                  onPreview(event.id);
                }}
                onFocus={() => {
                  onPreview(event.id);
                }}
              >
                {event.title}
              </button>
            </th>
            <td>{EVENT_TYPE_LABELS[event.type]}</td>
            <td>
              {event.parties.map((code) => partyName(code, parties)).join(', ')}
            </td>
            <td>{VERIFICATION_LABELS[event.verification].label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
