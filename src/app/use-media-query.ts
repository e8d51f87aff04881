import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, following it as it changes (a window
 * resized, a phone turned, a system setting switched). Where there is no
 * window to ask, as when the page is rendered ahead of time, it does not.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
