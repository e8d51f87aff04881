import { type Progress } from '@/api/all-events';
import { type EventListParams } from '@/api/events';
import { ErrorMessage } from '@/components/status';

import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { type ExportState, useExport } from './use-export';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  ics: 'iCalendar',
};

const count = (n: number) => n.toLocaleString('en');

/** What the polite live region says: the start and end, not every page. */
function announcement(state: ExportState): string {
  switch (state.status) {
    case 'idle':
    case 'failed':
      return '';
    case 'running':
      return `Exporting as ${FORMAT_LABELS[state.format]}…`;
    case 'done':
      return `Exported ${count(state.count)} events to ${state.fileName}.`;
    case 'cancelled':
      return 'Export cancelled.';
  }
}

function ExportProgress({
  progress,
  onCancel,
}: {
  progress: Progress | null;
  onCancel: () => void;
}) {
  return (
    <div className="tt-export__progress">
      <label>
        {progress
          ? `Fetched ${count(progress.loaded)} of ${count(progress.total)} events`
          : 'Fetching events…'}{' '}
        <progress max={progress?.total} value={progress?.loaded} />
      </label>
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}

export type ExportMenuProps = {
  /** The filters of the list the dashboard shows. */
  params: EventListParams;
};

/** Buttons that save every event of the current filter as a file. */
export function ExportMenu({ params }: ExportMenuProps) {
  const { state, start, cancel } = useExport(params);
  const run = (format: ExportFormat) => {
    void start(format);
  };
  return (
    <div className="tt-export">
      <div
        className="tt-export__buttons"
        role="group"
        aria-labelledby="export-label"
      >
        <span id="export-label" className="tt-export__label">
          Export
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-label={`Export as ${FORMAT_LABELS[format]}`}
            disabled={state.status === 'running'}
            onClick={() => {
              run(format);
            }}
          >
            {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      {state.status === 'running' ? (
        <ExportProgress progress={state.progress} onCancel={cancel} />
      ) : null}
      {state.status === 'failed' ? (
        <ErrorMessage
          title={`The ${FORMAT_LABELS[state.format]} export failed.`}
          error={state.error}
          onRetry={() => {
            run(state.format);
          }}
        />
      ) : null}
      <p className="tt-export__message" aria-live="polite">
        {announcement(state)}
      </p>
    </div>
  );
}
