import { type EventSummary, type Party } from '@/domain/event';
import { formatEventDate } from '@/domain/format-when';
import { EVENT_TYPE_LABELS, VERIFICATION_LABELS } from '@/domain/labels';
import { partyName } from '@/domain/party-name';

export type EventSummaryPanelProps = {
  selectedId: string | null;
  event: EventSummary | undefined;
  parties: ReadonlyMap<string, Party>;
  onClose: () => void;
};

/** What was selected on the timeline: title, date, place and parties. */
export function EventSummaryPanel({
  selectedId,
  event,
  parties,
  onClose,
}: EventSummaryPanelProps) {
  if (selectedId === null) {
    return (
      <section
        className="tt-summary tt-summary--idle"
        aria-label="Selected event"
      >
        <p>
          Select an event on the timeline or in the list to see who took part,
          where and when.
        </p>
      </section>
    );
  }
  if (!event) {
    return (
      <section className="tt-summary" aria-label="Selected event">
        <p role="alert">
          No event with the id “{selectedId}” is in the current view.
        </p>
        <button type="button" onClick={onClose}>
          Back to all events
        </button>
      </section>
    );
  }
  const verification = VERIFICATION_LABELS[event.verification];
  return (
    <section className="tt-summary" aria-labelledby="selected-event-title">
      <div className="tt-summary__header">
        <p className="tt-summary__type">{EVENT_TYPE_LABELS[event.type]}</p>
        <button
          type="button"
          className="tt-summary__close"
          onClick={onClose}
          aria-label="Close event"
        >
          ×
        </button>
      </div>
      <h2 id="selected-event-title">{event.title}</h2>
      <dl className="tt-summary__facts">
        <dt>When</dt>
        <dd>{formatEventDate(event)}</dd>
        <dt>Where</dt>
        <dd>
          {event.place.name}, {event.place.city},{' '}
          {partyName(event.place.country, parties)}
        </dd>
        <dt>Parties</dt>
        <dd>
          <ul className="tt-summary__parties">
            {event.parties.map((code) => (
              <li key={code}>{partyName(code, parties)}</li>
            ))}
          </ul>
        </dd>
        <dt>Verification</dt>
        <dd>
          <span className={`tt-badge tt-badge--${event.verification}`}>
            {verification.label}
          </span>{' '}
          <span className="tt-summary__explanation">
            {verification.explanation}
          </span>
        </dd>
      </dl>
      <p className="tt-summary__text">{event.summary}</p>
    </section>
  );
}
