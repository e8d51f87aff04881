import { useCallback, useState } from 'react';

/**
 * The laid-out width of an element, kept up to date (ResizeObserver), so a
 * chart can be drawn at its real size and its text stays readable on a
 * phone; `fallback` until measured, or where there is no ResizeObserver.
 */
export function useWidth(fallback: number) {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    if (element.clientWidth > 0) setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width] as const;
}
