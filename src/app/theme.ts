/**
 * The colour theme: what the reader chose (kept in localStorage) and what the
 * page shows. Light and dark follow from CSS `color-scheme` (themes.css), so
 * "system" needs no script to track the OS setting; only its "more contrast"
 * wish is resolved here, to the high-contrast palette.
 */
import { isOneOf } from '@/domain/is-one-of';

export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;

export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = 'tt-theme';

export const MORE_CONTRAST_QUERY = '(prefers-contrast: more)';

/** Whether the system asks for more contrast (an OS accessibility setting). */
export function prefersMoreContrast(): boolean {
  return window.matchMedia(MORE_CONTRAST_QUERY).matches;
}

/** A stored value as a choice: anything unknown is "system". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return isOneOf(THEME_CHOICES, value) ? value : 'system';
}

/**
 * The `data-theme` the page gets: the choice, except that "system" becomes
 * high contrast when the system asks for more contrast.
 */
export function resolveTheme(
  choice: ThemeChoice,
  prefersMoreContrast: boolean,
): ThemeChoice {
  return choice === 'system' && prefersMoreContrast ? 'contrast' : choice;
}

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): ThemeStorage {
  return window.localStorage;
}

/**
 * The stored choice; "system" when there is none or storage is off (reading
 * `localStorage` throws where the browser blocks site data).
 */
export function readThemeChoice(
  storage: () => ThemeStorage = browserStorage,
): ThemeChoice {
  try {
    return parseThemeChoice(storage().getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/**
 * Remembers a choice; "system", the default, is remembered by forgetting. A
 * browser that keeps no site data keeps the choice for this page only.
 */
export function saveThemeChoice(
  choice: ThemeChoice,
  storage: () => ThemeStorage = browserStorage,
): void {
  try {
    if (choice === 'system') storage().removeItem(THEME_STORAGE_KEY);
    else storage().setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Nothing to do: the theme still applies until the page is left.
  }
}

/** Shows a theme: themes.css keys its palettes on `data-theme`. */
export function applyTheme(
  root: Pick<HTMLElement, 'dataset'>,
  theme: ThemeChoice,
): void {
  root.dataset.theme = theme;
}
