import { useTranslation } from 'react-i18next';

import type { MapState } from './to-map-states';
import type { Point } from './world-geometry';

export type MapTipProps = { state: MapState; at: Point };

/**
 * The name and count of the state under the pointer or in focus. Hidden from
 * screen readers, which hear the same as the state's own name.
 */
export function MapTip({ state, at: [x, y] }: MapTipProps) {
  const { t } = useTranslation();
  return (
    <div
      className="tt-map__tip"
      aria-hidden="true"
      style={{ left: `${x}px`, top: `${y}px` }}
    >
      <strong>{state.name}</strong>
      <span>{t('map.events', { count: state.count })}</span>
      <span className="tt-map__tip-hint">
        {state.isSelected ? t('map.clickToRemove') : t('map.clickToChoose')}
      </span>
    </div>
  );
}
