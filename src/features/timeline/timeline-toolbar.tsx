import { WINDOW_PRESETS } from './presets';
import { type TimelineHandle } from './timeline-types';

export type TimelineToolbarProps = {
  timeline: React.RefObject<TimelineHandle | null>;
};

export function TimelineToolbar({ timeline }: TimelineToolbarProps) {
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
      <div className="tt-toolbar__group" aria-label="Jump to">
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
    </div>
  );
}
