import './map.css';

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { listFormat } from '@/domain/intl-cache';

import type { Facet, PartyWithCount } from '@/domain/event';
import { useLocale } from '@/i18n/use-locale';
import { usePartyName } from '@/i18n/use-party-name';

import { MapLegend } from './map-legend';
import { MapStateList } from './map-state-list';
import { toMapStates } from './to-map-states';
import { WorldMap } from './world-map';
import { getWorldGeometry } from './world-geometry';

export type WorldMapPanelProps = {
  /** The API's party facet for the current filters; undefined while loading. */
  facets: readonly Facet[] | undefined;
  parties: ReadonlyMap<string, PartyWithCount>;
  /** The country filter's choice. */
  selected: readonly string[];
  /** Adds a state to the country filter, or removes it. */
  onToggle: (code: string) => void;
};

const NO_FACETS: readonly Facet[] = [];

/**
 * The world map of the parties with its legend and its table: the module the
 * dashboard loads lazily, with d3-geo and the atlas in its own chunk.
 */
export function WorldMapPanel({
  facets,
  parties,
  selected,
  onToggle,
}: WorldMapPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const keysId = useId();
  const geometry = getWorldGeometry();
  const nameOf = usePartyName(parties);
  const { placed, unplaced, scale } = useMemo(
    () =>
      toMapStates({
        facets: facets ?? NO_FACETS,
        kindOf: (code) => parties.get(code)?.kind,
        selected,
        nameOf,
        geometry,
      }),
    [facets, parties, selected, nameOf, geometry],
  );

  return (
    <section className="tt-map-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="tt-section-title">
        {t('map.title')}
      </h2>
      <p className="tt-muted">{t('map.intro')}</p>
      <p id={keysId} className="tt-visually-hidden">
        {t('map.keys')}
      </p>
      <WorldMap
        geometry={geometry}
        states={placed}
        onToggle={onToggle}
        describedBy={keysId}
      />
      <MapLegend scale={scale} />
      {unplaced.length > 0 ? (
        <p className="tt-muted">
          {t('map.unplaced', {
            names: listFormat(locale, {}).format(
              unplaced.map((state) => state.name),
            ),
          })}
        </p>
      ) : null}
      <p className="tt-muted">{t('map.organisations')}</p>
      <MapStateList states={[...placed, ...unplaced]} onToggle={onToggle} />
    </section>
  );
}
