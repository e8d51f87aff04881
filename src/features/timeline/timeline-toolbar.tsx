import { SegmentedChoice } from '@/components/segmented-choice';
import { type LaneMode } from '@/domain/filters';

import { WINDOW_PRESETS } from './presets';
import { type TimelineHandle } from './timeline-types';

const LANE_OPTIONS: readonly { value: LaneMode; label: string }[] = [
  { value: 'type', label: 'Lanes by type' },
  { value: 'country', label: 'Lanes by country' },
];

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
    <div className="tt-toolbar" role="group" aria-label="Timeline view">
      <div className="tt-toolbar__group">
        <button type="button" onClick={() => timeline.current?.zoomIn()}>
          <span aria-hidden="true">+</span> Zoom in
        </button>
        <button type="button" onClick={() => timeline.current?.zoomOut()}>
          <span aria-hidden="true">−</span> Zoom out
        </button>
        <button type="button" onClick={() => timeline.current?.pan(-0.5)}>
          <span aria-hidden="true">←</span> Earlier
        </button>
        <button type="button" onClick={() => timeline.current?.pan(0.5)}>
          Later <span aria-hidden="true">→</span>
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
      <SegmentedChoice
        label="Lanes"
        name="lanes"
        options={LANE_OPTIONS}
        value={lanes}
        onChange={onLanesChange}
      />
    </div>
  );
}
