import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { eventQueries } from '@/api/event-queries';
import { Flag } from '@/components/flag';
import { useUrl } from '@/components/use-url';
import type { EventDetail, Party } from '@/domain/event';
import { displayNames } from '@/domain/intl-cache';
import { toSafeLink } from '@/domain/safe-url';
import { useLocale } from '@/i18n/use-locale';
import { usePartyName } from '@/i18n/use-party-name';

type PartiesProp = { parties: ReadonlyMap<string, Party> };

/** A source's language, named in the interface's locale. */
function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function PartyList({
  codes,
  parties,
}: { codes: string[] } & PartiesProp) {
  const nameOf = usePartyName(parties);
  return (
    <ul className="tt-detail__parties">
      {codes.map((code) => (
        <li key={code}>
          <Flag code={code} kind={parties.get(code)?.kind} /> {nameOf(code)}
        </li>
      ))}
    </ul>
  );
}

export function Participants({
  event,
  parties,
}: { event: EventDetail } & PartiesProp) {
  const { t } = useTranslation();
  const nameOf = usePartyName(parties);
  if (event.participants.length === 0) return null;
  return (
    <section aria-labelledby="detail-participants">
      <h3 id="detail-participants">{t('detail.participants')}</h3>
      <ul className="tt-detail__list">
        {event.participants.map((person, index) => (
          <li key={`${person.name}-${String(index)}`}>
            <strong>{person.name}</strong>{' '}
            <span className="tt-tag">{t(`role.${person.role}`)}</span>
            <br />
            <span className="tt-muted">
              {person.title} ({nameOf(person.party)})
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
  const { t } = useTranslation();
  const nameOf = usePartyName(parties);
  if (event.documents.length === 0) return null;
  return (
    <section aria-labelledby="detail-documents">
      <h3 id="detail-documents">{t('detail.documents')}</h3>
      <ul className="tt-detail__list">
        {event.documents.map((document, index) => (
          <li key={`${document.title}-${String(index)}`}>
            <strong>{document.title}</strong>
            <br />
            <span className="tt-muted">
              {t(`documentKind.${document.kind}`)},{' '}
              {t(`documentStatus.${document.status}`)}
              {document.parties.length > 0
                ? `; ${document.parties.map(nameOf).join(', ')}`
                : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <section className="tt-detail__notes" aria-labelledby="detail-notes">
      <h3 id="detail-notes">{t('detail.notes')}</h3>
      <ul>
        {notes.map((note, index) => (
          <li key={String(index)}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

export function Quotes({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  if (event.quotes.length === 0) return null;
  return (
    <section aria-labelledby="detail-quotes">
      <h3 id="detail-quotes">{t('detail.quotes')}</h3>
      {event.quotes.map((quote, index) => {
        const source = event.sources.find(
          (candidate) => candidate.id === quote.sourceId,
        );
        return (
          <figure key={String(index)} className="tt-quote">
            <blockquote>“{quote.text}”</blockquote>
            <figcaption>
              {source
                ? t('detail.reportedBy', {
                    speaker: quote.speaker,
                    publisher: source.publisher,
                  })
                : quote.speaker}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

export function Sources({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="detail-sources">
      <h3 id="detail-sources">{t('detail.sources')}</h3>
      {event.sources.length === 0 ? (
        <p className="tt-muted">{t('detail.noSources')}</p>
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
                      {t('detail.insecureLink', { url: source.url })}
                    </span>
                  </span>
                )}
                <br />
                <span className="tt-muted">
                  {source.publisher} · {languageName(source.language, locale)}
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
  const { search } = useUrl();
  const related = useQuery(eventQueries.detail(id));
  return (
    <Link href={`/events/${encodeURIComponent(id)}${search}`}>
      {related.data?.title ?? id}
    </Link>
  );
}

export function RelatedEvents({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  if (event.relatedEventIds.length === 0) return null;
  return (
    <section aria-labelledby="detail-related">
      <h3 id="detail-related">{t('detail.related')}</h3>
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
