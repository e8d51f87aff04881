import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from '@/components/error-boundary';
import { Spinner } from '@/components/status';
import type { Facet, PartyWithCount } from '@/domain/event';

// In chunks of their own (d3-geo and the atlas), loaded only when the page
// shows them: once the first view is on screen.
const WorldMapPanel = lazy(() =>
  import('@/features/map/world-map-panel').then((module) => ({
    default: module.WorldMapPanel,
  })),
);
const TreatyProgressPanel = lazy(() =>
  import('@/features/treaty-progress/treaty-progress-panel').then((module) => ({
    default: module.TreatyProgressPanel,
  })),
);

export type MorePanelsProps = {
  /** How many of the filtered events each party has (the map's shades). */
  facets: readonly Facet[] | undefined;
  parties: ReadonlyMap<string, PartyWithCount>;
  /** The parties the filters keep. */
  selected: readonly string[];
  /** The reader clicked a country: its filter goes on or off. */
  onToggle: (code: string) => void;
};

/** Below the table: the map of the filtered events and the treaty's progress. */
export function MorePanels({
  facets,
  parties,
  selected,
  onToggle,
}: MorePanelsProps) {
  const { t } = useTranslation();
  return (
    <div className="tt-dashboard__more">
      {/* A chunk that fails to load fails here, not the whole page. */}
      <ErrorBoundary>
        <Suspense fallback={<Spinner label={t('map.loading')} />}>
          <WorldMapPanel
            facets={facets}
            parties={parties}
            selected={selected}
            onToggle={onToggle}
          />
        </Suspense>
      </ErrorBoundary>
      <ErrorBoundary>
        <Suspense fallback={<Spinner label={t('progress.loading')} />}>
          <TreatyProgressPanel parties={parties} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
