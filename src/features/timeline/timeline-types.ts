/** What the timeline view exposes, apart from vis-timeline itself. */
export type TimelineHandle = {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** Moves the window by a fraction of its width: -0.5 is half a window back. */
  pan: (fraction: number) => void;
  showRange: (start: Date, end: Date) => void;
  /** Moves the keyboard onto a drawn item, bringing it into view. */
  focusItem: (id: string) => void;
};

/** An item the pointer is over or the keyboard is on, and where it is drawn. */
export type ItemHint = { id: string; anchor: DOMRect };
