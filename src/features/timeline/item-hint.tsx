import { type ItemHint as Hint } from './timeline-types';
import { type TimelineItemModel } from './to-timeline-items';

export type ItemHintProps = { hint: Hint; item: TimelineItemModel };

const GAP = 6;
const WIDTH = 280;

/** The date of the item under the pointer or keyboard, in its own zone. */
export function ItemHint({ hint, item }: ItemHintProps) {
  const left = Math.max(
    GAP,
    Math.min(hint.anchor.left, window.innerWidth - WIDTH - GAP),
  );
  return (
    <div
      className="tt-hint"
      role="tooltip"
      style={{ top: hint.anchor.bottom + GAP, left, maxWidth: WIDTH }}
    >
      <strong className="tt-hint__title">{item.label}</strong>
      <span className="tt-hint__date">{item.dateLabel}</span>
      <span className="tt-hint__place">{item.city}</span>
    </div>
  );
}
