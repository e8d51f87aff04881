export type SegmentedChoiceProps<T extends string> = {
  label: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
};

/** A radio group drawn as joined buttons: one of a few ways to show things. */
export function SegmentedChoice<T extends string>({
  label,
  name,
  options,
  value,
  onChange,
}: SegmentedChoiceProps<T>) {
  return (
    <div className="tt-toolbar__group" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className="tt-segment">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
