import { useCallback, useEffect, useState } from 'react';

import {
  applyTheme,
  MORE_CONTRAST_QUERY,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from './theme';
import { useMediaQuery } from './use-media-query';

/**
 * The reader's theme choice, remembered, and shown on the page; "system"
 * follows the OS contrast setting as it changes, and a choice made in
 * another tab of the dashboard shows here too.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState(readThemeChoice);
  const moreContrast = useMediaQuery(MORE_CONTRAST_QUERY);

  useEffect(
    function showTheme() {
      applyTheme(document.documentElement, resolveTheme(choice, moreContrast));
    },
    [choice, moreContrast],
  );

  useEffect(function followOtherTabs() {
    const onStorage = (event: StorageEvent) => {
      // A null key: the other tab cleared all of the site's storage.
      if (event.key === THEME_STORAGE_KEY || event.key === null) {
        setChoice(readThemeChoice());
      }
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const choose = useCallback((next: ThemeChoice) => {
    saveThemeChoice(next);
    setChoice(next);
  }, []);

  return [choice, choose];
}
