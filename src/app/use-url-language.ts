import { useCallback, useMemo } from 'react';

import { useUrl } from '@/components/use-url';
import { detectLanguage, type Language } from '@/domain/language';
import { parseViewState, serializeViewState } from '@/domain/view-state';

/** The URL's `lang` when it names a language, else the browser's choice. */
export function chooseLanguage(
  search: string,
  preferred: readonly string[],
): Language {
  return parseViewState(search).state.lang ?? detectLanguage(preferred);
}

/**
 * The interface language: the URL's `lang` when it names one, else the
 * browser's. Choosing one keeps the rest of the view and pushes a history
 * entry, like any other setting in the URL.
 */
export function useUrlLanguage() {
  const { pathname, search, navigate } = useUrl();
  const { state } = useMemo(() => parseViewState(search), [search]);
  // Prerendered, in Node, there is no browser to ask: the page is English.
  const language = chooseLanguage(
    search,
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );

  const setLanguage = useCallback(
    (lang: Language) => {
      navigate(`${pathname}${serializeViewState({ ...state, lang })}`);
    },
    [state, navigate, pathname],
  );

  return { language, setLanguage };
}
