/**
 * What an event's item says on the timeline, kept short enough to read in
 * full where dozens are drawn side by side; the whole title stays in the
 * item's name, its hint, the table and the details.
 */
import type { TFunction } from 'i18next';

import { counterpartOf } from '@/domain/counterpart';
import type { EventSummary } from '@/domain/event';
import type { LaneMode } from '@/domain/view-state';

import type { LabelOf } from './to-timeline-items';

/**
 * A signature says who signed where its lane already says "Signatures", and
 * that it is a signature where its lane is the signer; any other event says
 * its title.
 */
export function drawnLabel(
  mode: LaneMode,
  t: TFunction,
  nameOf: (code: string) => string,
): LabelOf {
  return (event: EventSummary) => {
    if (event.type !== 'signature') return event.title;
    return mode === 'type'
      ? nameOf(counterpartOf(event.parties))
      : t('eventType.signature');
  };
}
