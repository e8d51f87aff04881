import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useLocale } from '@/i18n/use-locale';

import { CheckboxOption } from './checkbox-option';
import { optionCountWords } from './option-count';
import { toggleValue } from './toggle-value';

export type FacetOption<T extends string> = {
  value: T;
  label: string;
  /** null when the API's facets are not known. */
  count: number | null;
};

export type FacetCheckboxesProps<T extends string> = {
  legend: string;
  options: readonly FacetOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
};

/** Any-of checkboxes, each with the count it would show among the others. */
export function FacetCheckboxes<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: FacetCheckboxesProps<T>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const toggle = useCallback(
    (value: string) => {
      const option = options.find((candidate) => candidate.value === value);
      if (option) onChange(toggleValue(selected, option.value));
    },
    [options, selected, onChange],
  );
  return (
    <fieldset className="tt-fieldset">
      <legend>{legend}</legend>
      <ul className="tt-options">
        {options.map((option) => (
          <CheckboxOption
            key={option.value}
            value={option.value}
            label={option.label}
            {...optionCountWords(option.count, locale, t)}
            checked={selected.includes(option.value)}
            onToggle={toggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
