import type { TFunction } from 'i18next';

import { type EventSummary, eventTypesOf } from '@/domain/event';

/**
 * An event's type in the interface language, with the other types it is
 * also found under: "Bilateral meeting; also Agreement".
 */
export function typeLabel(
  event: Pick<EventSummary, 'type' | 'additionalTypes'>,
  t: TFunction,
): string {
  const [main, ...more] = eventTypesOf(event).map((type) =>
    t(`eventType.${type}`),
  );
  if (more.length === 0) return main ?? '';
  return `${main ?? ''}; ${t('detail.alsoTypes', { types: more.join(', ') })}`;
}
