import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

import {
  applyTheme,
  MORE_CONTRAST_QUERY,
  prefersMoreContrast,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  type ThemeChoice,
} from './theme';

function subscribeToContrast(onChange: () => void) {
  const query = window.matchMedia(MORE_CONTRAST_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

/**
 * The reader's theme choice, remembered, and shown on the page; "system"
 * follows the OS contrast setting as it changes.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState(readThemeChoice);
  const moreContrast = useSyncExternalStore(
    subscribeToContrast,
    prefersMoreContrast,
  );

  useEffect(
    function showTheme() {
      applyTheme(document.documentElement, resolveTheme(choice, moreContrast));
    },
    [choice, moreContrast],
  );

  const choose = useCallback((next: ThemeChoice) => {
    saveThemeChoice(next);
    setChoice(next);
  }, []);

  return [choice, choose];
}
