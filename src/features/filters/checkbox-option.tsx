export type CheckboxOptionProps = {
  label: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
  /** Drawn before the label, e.g. a flag. */
  mark?: React.ReactNode;
};

/** One choice of an any-of filter, with how many events it would show. */
export function CheckboxOption({
  label,
  count,
  checked,
  onToggle,
  mark,
}: CheckboxOptionProps) {
  return (
    <li>
      <label className="tt-option">
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {mark}
        <span className="tt-option__label">{label}</span>
        <span
          className="tt-option__count"
          aria-label={`${String(count)} events`}
        >
          {count}
        </span>
      </label>
    </li>
  );
}
