/** Windows the toolbar jumps to, on the viewer's calendar. */
export type WindowPreset = {
  id: string;
  label: string;
  start: Date;
  end: Date;
};

export const WINDOW_PRESETS: readonly WindowPreset[] = [
  {
    id: 'baku-2025-05',
    label: 'Go to Baku, May 2025',
    // The state visit of 7–8 May, with days either side; wider windows make
    // vis-timeline drop the day labels.
    start: new Date(2025, 4, 4, 12),
    end: new Date(2025, 4, 11, 12),
  },
  {
    id: 'hanoi-week-2025-10',
    label: 'Go to Hanoi signing week',
    start: new Date(2025, 9, 24, 12),
    end: new Date(2025, 9, 28, 12),
  },
];
