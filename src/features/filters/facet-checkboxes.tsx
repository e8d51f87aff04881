import { CheckboxOption } from './checkbox-option';
import { toggleValue } from './toggle-value';

export type FacetOption<T extends string> = {
  value: T;
  label: string;
  count: number;
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
  return (
    <fieldset className="tt-fieldset">
      <legend>{legend}</legend>
      <ul className="tt-options">
        {options.map((option) => (
          <CheckboxOption
            key={option.value}
            label={option.label}
            count={option.count}
            checked={selected.includes(option.value)}
            onToggle={() => {
              onChange(toggleValue(selected, option.value));
            }}
          />
        ))}
      </ul>
    </fieldset>
  );
}
