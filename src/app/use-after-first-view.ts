import { useEffect, useState } from 'react';

/**
 * True once the first view has been shown and the browser is idle (or a
 * second has passed): what loads then (the map and its atlas) never competes
 * with the timeline's first draw. It stays true.
 */
export function useAfterFirstView(isFirstViewShown: boolean): boolean {
  const [isReady, setIsReady] = useState(false);
  useEffect(() => {
    if (!isFirstViewShown || isReady) return;
    const ready = () => {
      setIsReady(true);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(ready, { timeout: 1000 });
      return () => {
        window.cancelIdleCallback(id);
      };
    }
    const id = window.setTimeout(ready, 0);
    return () => {
      window.clearTimeout(id);
    };
  }, [isFirstViewShown, isReady]);
  return isReady;
}
