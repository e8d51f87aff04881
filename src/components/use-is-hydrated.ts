import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the page is rendered ahead of time (src/prerender.tsx) and
 * while the browser hydrates that HTML, true from then on, and from the start
 * when nothing was prerendered. What only a browser can draw (vis-timeline)
 * waits for it, so the hydrated page first renders exactly the prerendered
 * one.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
