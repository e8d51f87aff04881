/**
 * What the page must settle before its first paint: the reader's theme, and
 * whether the prerendered view is theirs. The build runs this as a classic
 * script in index.html's head (scripts/prerender-plugin.ts), ahead of the
 * prerendered view, which would otherwise show in the system's theme, or as
 * `/` in English to a reader who asked for another view or language. The
 * dev server's page, which has no view to show before the app runs, has it
 * from src/main.tsx.
 */
import {
  isPrerenderedView,
  OTHER_VIEW_ATTRIBUTE,
} from './app/prerendered-view';
import {
  applyTheme,
  prefersMoreContrast,
  readThemeChoice,
  resolveTheme,
} from './app/theme';

const page = document.documentElement;
applyTheme(page, resolveTheme(readThemeChoice(), prefersMoreContrast()));
if (!isPrerenderedView(window.location, navigator.languages)) {
  page.setAttribute(OTHER_VIEW_ATTRIBUTE, '');
}
