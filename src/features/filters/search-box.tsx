import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 300;

export type SearchBoxProps = {
  value: string;
  onSearch: (query: string) => void;
};

/** Free text, sent once typing pauses; follows the URL when it changes. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  const search = useEffectEvent(onSearch);

  useEffect(
    function searchWhenTypingPauses() {
      if (draft.trim() === committed) return;
      const timer = setTimeout(() => {
        search(draft.trim());
      }, DEBOUNCE_MS);
      return function cancelSearch() {
        clearTimeout(timer);
      };
    },
    [draft, committed],
  );

  return (
    <label className="tt-search">
      <span>{t('filters.search')}</span>
      <input
        type="search"
        className="tt-input"
        placeholder={t('filters.searchPlaceholder')}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
      />
    </label>
  );
}
