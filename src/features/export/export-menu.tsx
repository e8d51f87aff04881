import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Progress } from '@/api/all-events';
import type { EventListParams } from '@/api/events';
import { ErrorMessage } from '@/components/status';

import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { type ExportState, useExport } from './use-export';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  ics: 'iCalendar',
};

/** What the polite live region says: the start and end, not every page. */
function announcement(state: ExportState, t: TFunction): string {
  switch (state.status) {
    case 'idle':
    case 'failed':
      return '';
    case 'running':
      return t('exporting.running', { format: FORMAT_LABELS[state.format] });
    case 'done':
      return t('exporting.done', {
        count: state.count,
        file: state.fileName,
      });
    case 'cancelled':
      return t('exporting.cancelled');
  }
}

function ExportProgress({
  progress,
  onCancel,
}: {
  progress: Progress | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="tt-export__progress">
      <label>
        {progress
          ? t('exporting.fetched', {
              loaded: progress.loaded,
              total: progress.total,
            })
          : t('exporting.fetching')}{' '}
        <progress max={progress?.total} value={progress?.loaded} />
      </label>
      <button type="button" onClick={onCancel}>
        {t('exporting.cancel')}
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
  const { t } = useTranslation();
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
          {t('exporting.label')}
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-label={t('exporting.as', { format: FORMAT_LABELS[format] })}
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
          title={t('exporting.failed', {
            format: FORMAT_LABELS[state.format],
          })}
          error={state.error}
          onRetry={() => {
            run(state.format);
          }}
        />
      ) : null}
      <p className="tt-export__message" aria-live="polite">
        {announcement(state, t)}
      </p>
    </div>
  );
}
