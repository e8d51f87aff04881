/**
 * The benchmark's baseline: the "common way" to draw events with
 * vis-timeline, with none of the app's care. Every event (the real ones plus
 * `?n=` synthetic ones) is one item of one DataSet, in lanes by type, with
 * its title as content, fitted to all items; a country filter clears and
 * refills the DataSet. scripts/bench.ts drives it through `window`.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.css';

import { DataSet } from 'vis-data/peer';
import { type DataGroup, type DataItem, Timeline } from 'vis-timeline/peer';

import { events } from '../mocks/data/events';
import { syntheticEvents } from '../mocks/data/synthetic';
import { EVENT_TYPES, type EventDetail, type When } from '../src/domain/event';

declare global {
  interface Window {
    __benchReady: boolean;
    __toggleCountry: (code: string) => void;
    __zoomIn: () => void;
    __zoomOut: () => void;
  }
}

/** A month is its first day, a day its local midnight, a time its instant. */
function parseWhen(value: When): Date {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7)) - 1;
  if (value.length === 7) return new Date(year, month, 1);
  if (value.length === 10) {
    return new Date(year, month, Number(value.slice(8, 10)));
  }
  return new Date(value);
}

function toItem(event: EventDetail): DataItem {
  const start = parseWhen(event.start);
  const end = event.end ? parseWhen(event.end) : null;
  return {
    id: event.id,
    group: event.type,
    start,
    ...(end && end > start ? { end } : {}),
    content: event.title,
  };
}

const count = Number(new URLSearchParams(location.search).get('n') ?? 0);
const all = [...events, ...syntheticEvents(Number.isFinite(count) ? count : 0)];
const allItems = all.map(toItem);
const partiesById = new Map(all.map((event) => [event.id, event.parties]));

const items = new DataSet<DataItem>(allItems);
const groups = new DataSet<DataGroup>(
  EVENT_TYPES.map((type) => ({ id: type, content: type })),
);

const container = document.getElementById('timeline');
if (!container) throw new Error('baseline.html has no #timeline element');

window.__benchReady = false;
const timeline = new Timeline(container, items, groups, {});
timeline.on('changed', () => {
  if (items.length > 0) window.__benchReady = true;
});

let filteredBy: string | null = null;
window.__toggleCountry = (code) => {
  filteredBy = filteredBy === code ? null : code;
  const filtered =
    filteredBy === null
      ? allItems
      : allItems.filter((item) =>
          partiesById.get(String(item.id))?.includes(code),
        );
  items.clear();
  items.add(filtered);
};
window.__zoomIn = () => {
  timeline.zoomIn(0.5, { animation: false });
};
window.__zoomOut = () => {
  timeline.zoomOut(0.5, { animation: false });
};
