import { LANE_MODES, type LaneMode } from '@/domain/filters';

import { WINDOW_PRESETS } from './presets';
import { type TimelineHandle } from './timeline-types';

const LANE_MODE_LABELS: Record<LaneMode, string> = {
  type: 'Lanes by type',
  country: 'Lanes by country',
};

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
  return (
    <div className="tt-toolbar" role="toolbar" aria-label="Timeline view">
      <div className="tt-toolbar__group">
        <button type="button" onClick={() => timeline.current?.zoomIn()}>
          <span aria-hidden="true">+</span> Zoom in
        </button>
        <button type="button" onClick={() => timeline.current?.zoomOut()}>
          <span aria-hidden="true">−</span> Zoom out
        </button>
        <button type="button" onClick={() => timeline.current?.fit()}>
          Fit all
        </button>
      </div>
      <div className="tt-toolbar__group" role="group" aria-label="Jump to">
        {WINDOW_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            onClick={() =>
              timeline.current?.showRange(preset.start, preset.end)
            }
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div className="tt-toolbar__group" role="radiogroup" aria-label="Lanes">
        {LANE_MODES.map((mode) => (
          <label key={mode} className="tt-segment">
            <input
              type="radio"
              name="lanes"
              value={mode}
              checked={lanes === mode}
              onChange={() => {
                onLanesChange(mode);
              }}
            />
            {LANE_MODE_LABELS[mode]}
          </label>
        ))}
      </div>
    </div>
  );
}
