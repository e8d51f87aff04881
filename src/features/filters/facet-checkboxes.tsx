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
  const toggle = (value: T) => {
    onChange(
      selected.includes(value)
        ? selected.filter((candidate) => candidate !== value)
        : [...selected, value],
    );
  };
  return (
    <fieldset className="tt-fieldset">
      <legend>{legend}</legend>
      <ul className="tt-options">
        {options.map((option) => (
          <li key={option.value}>
            <label className="tt-option">
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={() => {
                  toggle(option.value);
                }}
              />
              <span className="tt-option__label">{option.label}</span>
              <span
                className="tt-option__count"
                aria-label={`${option.count} events`}
              >
                {option.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
