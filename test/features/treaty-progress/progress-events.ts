import type { EventType, PartyKind } from '@/domain/event';
import type { ProgressEvent } from '@/features/treaty-progress/treaty-progress';

let next = 0;

/** A signature or ratification event as the list endpoint answers it. */
export function progressEvent(
  type: EventType,
  start: string,
  party: string,
  title = `${party} ${type}`,
): ProgressEvent {
  next += 1;
  return {
    id: `${type}-${party}-${String(next)}`,
    type,
    start,
    title,
    parties: [party],
  };
}

/** The Hanoi signatures as the research sheet splits them: 65, then 7. */
export function hanoiSignatures(): ProgressEvent[] {
  return Array.from({ length: 72 }, (_, index) =>
    progressEvent(
      'signature',
      index < 65 ? '2025-10-25' : '2025-10-26',
      index === 71 ? 'EU' : `S${String(index)}`,
    ),
  );
}

export const kindOf = (code: string): PartyKind | undefined =>
  code === 'EU' ? 'organization' : 'state';
