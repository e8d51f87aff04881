import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { detectLanguage, type Language } from '@/domain/language';

import { parseFilters, serializeFilters } from './filters-url';

/** The URL's `lang` when it names a language, else the browser's choice. */
export function chooseLanguage(
  search: string,
  preferred: readonly string[],
): Language {
  return parseFilters(search).filters.lang ?? detectLanguage(preferred);
}

/**
 * The interface language: the URL's `lang` when it names one, else the
 * browser's. Choosing one keeps the rest of the view and pushes a history
 * entry, like any other setting in the URL.
 */
export function useUrlLanguage() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const { filters } = useMemo(() => parseFilters(search), [search]);
  const language = chooseLanguage(search, navigator.languages);

  const setLanguage = useCallback(
    (lang: Language) => {
      void navigate({
        pathname,
        search: serializeFilters({ ...filters, lang }),
      });
    },
    [filters, navigate, pathname],
  );

  return { language, setLanguage };
}
