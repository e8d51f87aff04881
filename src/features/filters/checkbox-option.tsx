import { useTranslation } from 'react-i18next';

import { useLocale } from '@/i18n/use-locale';

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
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li>
      <label className="tt-option">
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {mark}
        <span className="tt-option__label">{label}</span>
        <span
          className="tt-option__count"
          aria-label={t('filters.optionCount', { count })}
        >
          {count.toLocaleString(locale)}
        </span>
      </label>
    </li>
  );
}
