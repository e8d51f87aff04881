export type DateRange = { from: string | null; to: string | null };

const DATE_PRESETS: readonly ({ label: string } & DateRange)[] = [
  { label: 'Baku, May 2025', from: '2025-05-01', to: '2025-05-31' },
  { label: 'Hanoi signing week', from: '2025-10-25', to: '2025-10-27' },
  { label: 'All dates', from: null, to: null },
];

export type DateRangeFilterProps = DateRange & {
  onChange: (range: DateRange) => void;
};

/** Inclusive calendar days; a range that would end before it starts cannot be entered. */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  return (
    <fieldset className="tt-fieldset">
      <legend>Dates</legend>
      <div className="tt-dates">
        <label>
          From
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
          To
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
            {preset.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
