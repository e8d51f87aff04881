/** Windows the toolbar jumps to, on the viewer's calendar. */
export type WindowPreset = {
  id: string;
  /** The key of its button's label. */
  label: 'timeline.goToBaku' | 'timeline.goToHanoi';
  start: Date;
  end: Date;
};

export const WINDOW_PRESETS: readonly WindowPreset[] = [
  {
    id: 'baku-2025-05',
    label: 'timeline.goToBaku',
    // The state visit of 7–8 May, with days either side; wider windows make
    // vis-timeline drop the day labels.
    start: new Date(2025, 4, 4, 12),
    end: new Date(2025, 4, 11, 12),
  },
  {
    id: 'hanoi-week-2025-10',
    label: 'timeline.goToHanoi',
    start: new Date(2025, 9, 24, 12),
    end: new Date(2025, 9, 28, 12),
  },
];
