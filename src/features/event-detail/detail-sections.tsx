import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';

import { eventQueries } from '@/api/event-queries';
import { Flag } from '@/components/flag';
import { type EventDetail, type Party } from '@/domain/event';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  PARTICIPANT_ROLE_LABELS,
} from '@/domain/labels';
import { partyName } from '@/domain/party-name';
import { toSafeLink } from '@/domain/safe-url';

type PartiesProp = { parties: ReadonlyMap<string, Party> };

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function PartyList({
  codes,
  parties,
}: { codes: string[] } & PartiesProp) {
  return (
    <ul className="tt-detail__parties">
      {codes.map((code) => (
        <li key={code}>
          <Flag code={code} kind={parties.get(code)?.kind} />{' '}
          {partyName(code, parties)}
        </li>
      ))}
    </ul>
  );
}

export function Participants({
  event,
  parties,
}: { event: EventDetail } & PartiesProp) {
  if (event.participants.length === 0) return null;
  return (
    <section aria-labelledby="detail-participants">
      <h3 id="detail-participants">Who took part</h3>
      <ul className="tt-detail__list">
        {event.participants.map((person, index) => (
          <li key={`${person.name}-${String(index)}`}>
            <strong>{person.name}</strong>{' '}
            <span className="tt-tag">
              {PARTICIPANT_ROLE_LABELS[person.role]}
            </span>
            <br />
            <span className="tt-muted">
              {person.title} ({partyName(person.party, parties)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Documents({
  event,
  parties,
}: { event: EventDetail } & PartiesProp) {
  if (event.documents.length === 0) return null;
  return (
    <section aria-labelledby="detail-documents">
      <h3 id="detail-documents">What was signed or agreed</h3>
      <ul className="tt-detail__list">
        {event.documents.map((document, index) => (
          <li key={`${document.title}-${String(index)}`}>
            <strong>{document.title}</strong>
            <br />
            <span className="tt-muted">
              {DOCUMENT_KIND_LABELS[document.kind]},{' '}
              {DOCUMENT_STATUS_LABELS[document.status]}
              {document.parties.length > 0
                ? `; ${document.parties.map((code) => partyName(code, parties)).join(', ')}`
                : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="tt-detail__notes" aria-labelledby="detail-notes">
      <h3 id="detail-notes">Caveats and conflicts</h3>
      <ul>
        {notes.map((note, index) => (
          <li key={String(index)}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

export function Quotes({ event }: { event: EventDetail }) {
  if (event.quotes.length === 0) return null;
  return (
    <section aria-labelledby="detail-quotes">
      <h3 id="detail-quotes">Quotes</h3>
      {event.quotes.map((quote, index) => {
        const source = event.sources.find(
          (candidate) => candidate.id === quote.sourceId,
        );
        return (
          <figure key={String(index)} className="tt-quote">
            <blockquote>“{quote.text}”</blockquote>
            <figcaption>
              {quote.speaker}
              {source ? `, as reported by ${source.publisher}` : ''}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

export function Sources({ event }: { event: EventDetail }) {
  return (
    <section aria-labelledby="detail-sources">
      <h3 id="detail-sources">Sources</h3>
      {event.sources.length === 0 ? (
        <p className="tt-muted">No source is given for this event.</p>
      ) : (
        <ul className="tt-detail__list">
          {event.sources.map((source) => {
            const href = toSafeLink(source.url);
            return (
              <li key={source.id}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  <span>
                    {source.title}{' '}
                    <span className="tt-muted">
                      ({source.url}: not a secure link)
                    </span>
                  </span>
                )}
                <br />
                <span className="tt-muted">
                  {source.publisher} · {languageName(source.language)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RelatedLink({ id }: { id: string }) {
  const { search } = useLocation();
  const related = useQuery(eventQueries.detail(id));
  return (
    <Link to={{ pathname: `/events/${encodeURIComponent(id)}`, search }}>
      {related.data?.title ?? id}
    </Link>
  );
}

export function RelatedEvents({ event }: { event: EventDetail }) {
  if (event.relatedEventIds.length === 0) return null;
  return (
    <section aria-labelledby="detail-related">
      <h3 id="detail-related">Related events</h3>
      <ul className="tt-detail__list">
        {event.relatedEventIds.map((id) => (
          <li key={id}>
            <RelatedLink id={id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
