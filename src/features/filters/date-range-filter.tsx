import { useTranslation } from 'react-i18next';

export type DateRange = { from: string | null; to: string | null };

const DATE_PRESETS = [
  { label: 'filters.presetBaku', from: '2025-05-01', to: '2025-05-31' },
  { label: 'filters.presetHanoi', from: '2025-10-25', to: '2025-10-27' },
  { label: 'filters.presetAll', from: null, to: null },
] as const satisfies readonly ({ label: string } & DateRange)[];

export type DateRangeFilterProps = DateRange & {
  onChange: (range: DateRange) => void;
};

/** Inclusive calendar days; a range that would end before it starts cannot be entered. */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="tt-fieldset">
      <legend>{t('filters.dates')}</legend>
      <div className="tt-dates">
        <label>
          {t('filters.from')}
          <input
            type="date"
            className="tt-input"
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(event) => {
              onChange({ from: event.target.value || null, to });
            }}
          />
        </label>
        <label>
          {t('filters.to')}
          <input
            type="date"
            className="tt-input"
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(event) => {
              onChange({ from, to: event.target.value || null });
            }}
          />
        </label>
      </div>
      <div className="tt-presets">
        {DATE_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            aria-pressed={preset.from === from && preset.to === to}
            onClick={() => {
              onChange({ from: preset.from, to: preset.to });
            }}
          >
            {t(preset.label)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
