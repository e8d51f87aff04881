import { useTranslation } from 'react-i18next';

import { SegmentedChoice } from '@/components/segmented-choice';
import { LANE_MODES, type LaneMode } from '@/domain/view-state';

import { WINDOW_PRESETS } from './presets';
import type { TimelineHandle } from './timeline-types';

const LANE_LABELS = {
  type: 'timeline.lanesByType',
  counterpart: 'timeline.lanesByCountry',
} as const satisfies Record<LaneMode, string>;

export type TimelineToolbarProps = {
  timeline: React.RefObject<TimelineHandle | null>;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
};

/** Buttons for everything a drag or a wheel does, and the lane switch. */
export function TimelineToolbar({
  timeline,
  lanes,
  onLanesChange,
}: TimelineToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="tt-toolbar" role="group" aria-label={t('timeline.view')}>
      <div className="tt-toolbar__group">
        <button type="button" onClick={() => timeline.current?.zoomIn()}>
          <span aria-hidden="true">+</span>{' '}
          <span className="tt-toolbar__word">{t('timeline.zoomIn')}</span>
        </button>
        <button type="button" onClick={() => timeline.current?.zoomOut()}>
          <span aria-hidden="true">−</span>{' '}
          <span className="tt-toolbar__word">{t('timeline.zoomOut')}</span>
        </button>
        <button type="button" onClick={() => timeline.current?.pan(-0.5)}>
          <span aria-hidden="true">←</span>{' '}
          <span className="tt-toolbar__word">{t('timeline.earlier')}</span>
        </button>
        <button type="button" onClick={() => timeline.current?.pan(0.5)}>
          <span className="tt-toolbar__word">{t('timeline.later')}</span>{' '}
          <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => timeline.current?.fit()}>
          {t('timeline.fitAll')}
        </button>
      </div>
      <div
        className="tt-toolbar__group"
        role="group"
        aria-label={t('timeline.jumpTo')}
      >
        {WINDOW_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            onClick={() =>
              timeline.current?.showRange(preset.start, preset.end)
            }
          >
            {t(preset.label)}
          </button>
        ))}
      </div>
      <SegmentedChoice
        label={t('timeline.lanes')}
        name="lanes"
        options={LANE_MODES.map((value) => ({
          value,
          label: t(LANE_LABELS[value]),
        }))}
        value={lanes}
        onChange={onLanesChange}
      />
    </div>
  );
}
