import './treaty-progress.css';

import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { Spinner } from '@/components/status';
import type { PartyWithCount } from '@/domain/event';
import { usePartyName } from '@/i18n/use-party-name';

import { toTreatyProgress } from './treaty-progress';
import { TreatyProgressView } from './treaty-progress-view';
import { useTreatyProgressEvents } from './use-treaty-progress';

export type TreatyProgressPanelProps = {
  parties: ReadonlyMap<string, PartyWithCount>;
};

/**
 * How far the Convention is from entry into force: signatories and the
 * ratification steps reported, against the 40 instruments needed, as text, a
 * chart and a table. The module the dashboard loads lazily. It does not
 * depend on the filters: a filter's change does not draw it again.
 */
export const TreatyProgressPanel = memo(function TreatyProgressPanel({
  parties,
}: TreatyProgressPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { overview, types, events } = useTreatyProgressEvents();
  const items = events.data?.items;
  const progress = useMemo(
    () => toTreatyProgress(items ?? [], (code) => parties.get(code)?.kind),
    [items, parties],
  );
  const nameOf = usePartyName(parties);

  // A failed refresh keeps what was shown, as the table does; a failed
  // load is said here in a word. The page says once what failed, with the
  // one Retry that asks for this too (usePageFailure).
  const hasFailed = [overview, events].some(
    (query) => query.isError && query.data === undefined,
  );
  let body;
  if (hasFailed) {
    body = <p className="tt-muted">{t('progress.loadFailed')}</p>;
  } else if (overview.isPending || (types.length > 0 && events.isPending)) {
    body = <Spinner label={t('progress.loading')} />;
  } else if (types.length === 0 || progress.dates.length === 0) {
    body = <p>{t('progress.none')}</p>;
  } else {
    body = (
      <TreatyProgressView
        progress={progress}
        nameOf={nameOf}
        shown={events.data?.items.length ?? 0}
        total={events.data?.total ?? 0}
      />
    );
  }

  return (
    <section className="tt-progress" aria-labelledby={headingId}>
      <h2 id={headingId} className="tt-section-title">
        {t('progress.title')}
      </h2>
      <p className="tt-muted">{t('progress.intro')}</p>
      {body}
    </section>
  );
});
