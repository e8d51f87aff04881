import { DEFAULT_LANGUAGE, detectLanguage } from '@/domain/language';

/**
 * Whether the page at `location`, in a browser that prefers `languages`,
 * shows the view the build prerenders (src/prerender.tsx): `/`, with no
 * parameter, in English. Another is rendered afresh by the app.
 */
export function isPrerenderedView(
  location: Pick<Location, 'pathname' | 'search'>,
  languages: readonly string[],
): boolean {
  return (
    location.pathname === '/' &&
    location.search === '' &&
    detectLanguage(languages) === DEFAULT_LANGUAGE
  );
}

/**
 * Set on `<html>` while the prerendered view is not the reader's (another
 * URL or language): app.css hides it until the app has rendered theirs.
 */
export const OTHER_VIEW_ATTRIBUTE = 'data-other-view';
