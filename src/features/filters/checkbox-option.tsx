import { memo } from 'react';

export type CheckboxOptionProps = {
  /** Passed back to `onToggle`, so that one handler serves every option. */
  value: string;
  label: string;
  /** The count as shown, and as read out ("5 events"). */
  count: string;
  countLabel: string;
  checked: boolean;
  onToggle: (value: string) => void;
  /** Drawn before the label, e.g. a flag. */
  mark?: React.ReactNode;
};

/**
 * One choice of an any-of filter, with how many events it would show.
 * Memoized, with its words made by the list: a filter of eighty parties
 * redraws only the options whose count or state changed.
 */
export const CheckboxOption = memo(function CheckboxOption({
  value,
  label,
  count,
  countLabel,
  checked,
  onToggle,
  mark,
}: CheckboxOptionProps) {
  return (
    <li>
      <label className="tt-option">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => {
            onToggle(value);
          }}
        />
        {mark}
        <span className="tt-option__label">{label}</span>
        <span className="tt-option__count" aria-label={countLabel}>
          {count}
        </span>
      </label>
    </li>
  );
});
