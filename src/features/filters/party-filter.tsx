import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { Flag } from '@/components/flag';
import type { Facet, PartyKind, PartyWithCount } from '@/domain/event';
import { useLocale } from '@/i18n/use-locale';
import { usePartyName } from '@/i18n/use-party-name';

import { CheckboxOption } from './checkbox-option';
import { optionCountWords } from './option-count';
import { type PartyOption, toPartyOptions } from './party-options';
import { toggleValue } from './toggle-value';

export type PartyFilterProps = {
  /** The API's party facet; undefined while it is not known. */
  facets: readonly Facet[] | undefined;
  parties: ReadonlyMap<string, PartyWithCount>;
  selected: string[];
  onChange: (selected: string[]) => void;
};

type PartyItemProps = {
  code: string;
  name: string;
  kind: PartyKind | undefined;
  count: string;
  countLabel: string;
  isSelected: boolean;
  onToggle: (code: string) => void;
};

/** One party, with its flag; memoized on its own values. */
const PartyItem = memo(function PartyItem({
  code,
  name,
  kind,
  count,
  countLabel,
  isSelected,
  onToggle,
}: PartyItemProps) {
  return (
    <CheckboxOption
      value={code}
      label={name}
      count={count}
      countLabel={countLabel}
      checked={isSelected}
      onToggle={onToggle}
      mark={<Flag code={code} kind={kind} />}
    />
  );
});

function PartyOptions({
  title,
  options,
  onToggle,
}: {
  title: string;
  options: PartyOption[];
  onToggle: (code: string) => void;
}) {
  const id = useId();
  const { t } = useTranslation();
  const locale = useLocale();
  if (options.length === 0) return null;
  return (
    <div role="group" aria-labelledby={id}>
      <p id={id} className="tt-options__title">
        {title}
      </p>
      <ul className="tt-options">
        {options.map((option) => (
          <PartyItem
            key={option.code}
            code={option.code}
            name={option.name}
            kind={option.kind}
            {...optionCountWords(option.count, locale, t)}
            isSelected={option.isSelected}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </div>
  );
}

/**
 * Countries, organisations and companies: any of them, the chosen ones
 * first, with a type-ahead and the count each would show.
 */
export function PartyFilter({
  facets,
  parties,
  selected,
  onChange,
}: PartyFilterProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nameOf = usePartyName(parties);
  const [query, setQuery] = useState('');
  const { states, others } = useMemo(
    () => toPartyOptions(facets, parties, selected, query, locale, nameOf),
    [facets, parties, selected, query, locale, nameOf],
  );
  // The same function from toggle to toggle: a toggle re-renders the option
  // it changed, not the eighty (their counts ignore the party filter).
  const latest = useRef({ selected, onChange });
  useEffect(() => {
    latest.current = { selected, onChange };
  }, [selected, onChange]);
  const toggle = useCallback((code: string) => {
    const current = latest.current;
    current.onChange(toggleValue(current.selected, code));
  }, []);

  return (
    <fieldset className="tt-fieldset">
      <legend>{t('filters.parties')}</legend>
      <input
        type="search"
        className="tt-input"
        placeholder={t('filters.partyPlaceholder')}
        aria-label={t('filters.findParty')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <PartyOptions
        title={t('filters.states')}
        options={states}
        onToggle={toggle}
      />
      <PartyOptions
        title={t('filters.organisations')}
        options={others}
        onToggle={toggle}
      />
      {states.length + others.length === 0 ? (
        <p className="tt-muted">
          {facets === undefined && parties.size === 0
            ? t('filters.partiesUnavailable')
            : t('filters.noPartyMatches', { query })}
        </p>
      ) : null}
    </fieldset>
  );
}
