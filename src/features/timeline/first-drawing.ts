/**
 * The prerendered view's timeline, drawn before the app runs: from the
 * page's embedded answers, by the widget and the models the app draws with
 * (timeline-widget.ts, to-drawing.ts), in English, the prerendered view's
 * language. Hydrated, the app takes it over as it is (timeline-view.tsx)
 * instead of drawing it again, so the first draw waits for vis-timeline's
 * code only, not for React to hydrate the whole page.
 */
import type { QueryClient } from '@tanstack/react-query';

import { eventQueries, partyQueries } from '@/api/event-queries';
import { DEFAULT_LANGUAGE, INTL_LOCALES } from '@/domain/language';
import { DEFAULT_VIEW_STATE } from '@/domain/view-state';
import { createI18n } from '@/i18n/create-i18n';
import { eventDatesIn } from '@/i18n/use-event-dates';
import { partyNamer, partyWords } from '@/i18n/use-party-name';

import { OVERVIEW } from './fetch-window';
import { toTimelineParams } from './slice-params';
import { toDrawing } from './to-drawing';
import {
  createTimelineWidget,
  fitAll,
  showWhenPlaced,
  syncItems,
  syncLanes,
  type TimelineWidget,
} from './timeline-widget';

let firstDrawing: { widget: TimelineWidget; stop: () => void } | null = null;

/**
 * Draws the first view's timeline in `root`'s prerendered timeline element
 * from the answers in `queryClient`; draws nothing if it has none of them.
 */
export function drawFirstView(
  root: HTMLElement,
  queryClient: QueryClient,
): void {
  const container = root.querySelector<HTMLElement>('.tt-timeline');
  const { filters, lanes } = DEFAULT_VIEW_STATE;
  const slice = queryClient.getQueryData(
    eventQueries.timeline(toTimelineParams(filters, lanes, OVERVIEW)).queryKey,
  );
  const parties = queryClient.getQueryData(partyQueries.list().queryKey);
  if (!container || !slice || slice.total === 0 || !parties) return;
  const { t } = createI18n(DEFAULT_LANGUAGE);
  const locale = INTL_LOCALES[DEFAULT_LANGUAGE];
  const nameOf = partyNamer(
    new Map(parties.items.map((party) => [party.code, party])),
    locale,
    partyWords(t),
  );
  const drawing = toDrawing(
    slice,
    lanes,
    t,
    eventDatesIn(t, locale).eventDate,
    nameOf,
  );
  const widget = createTimelineWidget(container, { t, locale });
  syncLanes(widget, drawing.lanes);
  syncItems(widget, drawing.items, null);
  const stop = showWhenPlaced(
    widget,
    () => fitAll(widget, drawing.extent, false),
    () => undefined,
  );
  firstDrawing = { widget, stop };
}

/**
 * The drawing made in `container` before the app ran, once: the app takes
 * it over (placing it, if it was not placed yet).
 */
export function takeFirstDrawing(
  container: HTMLElement,
): TimelineWidget | null {
  if (firstDrawing?.widget.container !== container) return null;
  const { widget, stop } = firstDrawing;
  firstDrawing = null;
  stop();
  return widget;
}
