/**
 * The reader's theme, on the page before its first paint: the build runs
 * this as a classic script in index.html's head (scripts/prerender-plugin.ts),
 * ahead of the prerendered view, which would otherwise show in the system's
 * theme first. The dev server's page, which has no view to show before the
 * app runs, has it from src/main.tsx.
 */
import {
  applyTheme,
  prefersMoreContrast,
  readThemeChoice,
  resolveTheme,
} from './app/theme';

applyTheme(
  document.documentElement,
  resolveTheme(readThemeChoice(), prefersMoreContrast()),
);
