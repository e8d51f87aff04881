import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Flag } from '@/components/flag';
import type { Facet, PartyWithCount } from '@/domain/event';
import { useLocale } from '@/i18n/use-locale';

import { CheckboxOption } from './checkbox-option';
import { type PartyOption, toPartyOptions } from './party-options';
import { toggleValue } from './toggle-value';

export type PartyFilterProps = {
  facets: readonly Facet[];
  parties: ReadonlyMap<string, PartyWithCount>;
  selected: string[];
  onChange: (selected: string[]) => void;
};

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
  if (options.length === 0) return null;
  return (
    <div role="group" aria-labelledby={id}>
      <p id={id} className="tt-options__title">
        {title}
      </p>
      <ul className="tt-options">
        {options.map((option) => (
          <CheckboxOption
            key={option.code}
            label={option.name}
            count={option.count}
            checked={option.isSelected}
            onToggle={() => {
              onToggle(option.code);
            }}
            mark={<Flag code={option.code} kind={option.kind} />}
          />
        ))}
      </ul>
    </div>
  );
}

/** Countries, organisations and companies: any of them, with a type-ahead. */
export function PartyFilter({
  facets,
  parties,
  selected,
  onChange,
}: PartyFilterProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const { states, others } = toPartyOptions(
    facets,
    parties,
    selected,
    query,
    locale,
  );
  const toggle = (code: string) => {
    onChange(toggleValue(selected, code));
  };

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
        <p className="tt-muted">{t('filters.noPartyMatches', { query })}</p>
      ) : null}
    </fieldset>
  );
}
