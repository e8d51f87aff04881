import { useRouter } from 'wouter';
import {
  navigate,
  useHistoryState,
  usePathname,
  useSearch,
} from 'wouter/use-browser-location';

/**
 * The page's URL as the app reads it, as it changes: the path and the query
 * string as they are in the address (percent-encoded: wouter's own hooks
 * decode them, which would turn a `%25` typed in a search into `%`), the
 * query string with its `?` (or empty, as serializeViewState writes it), the
 * history entry's state, and `navigate(href, { replace, state })`.
 * Prerendered, the Router's `ssrPath` is the URL; in the browser it is the
 * browser's location itself (a Router's `base` or `hook` would not be seen:
 * the app sets neither).
 */
export function useUrl() {
  const { ssrPath, ssrSearch } = useRouter();
  const pathname = usePathname(ssrPath === undefined ? {} : { ssrPath });
  const query = useSearch(ssrSearch === undefined ? {} : { ssrSearch }).replace(
    /^\?/,
    '',
  );
  const state: unknown = useHistoryState();
  return {
    pathname,
    search: query === '' ? '' : `?${query}`,
    state,
    navigate,
  };
}
