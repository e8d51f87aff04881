import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getAllEvents, type Progress } from '@/api/all-events';
import type { EventListParams } from '@/api/events';

import { downloadFile } from './download-file';
import { type ExportFormat, MEDIA_TYPES, renderExport } from './export-formats';
import { exportFileName } from './file-names';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: Progress | null }
  | { status: 'done'; format: ExportFormat; count: number; fileName: string }
  | { status: 'cancelled'; format: ExportFormat }
  | { status: 'failed'; format: ExportFormat; error: Error };

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Exports every event matching `params` as a file; one export at a time. */
export function useExport(params: EventListParams) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(function cancelOnUnmount() {
    return () => controller.current?.abort();
  }, []);

  const start = useCallback(
    async (format: ExportFormat) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'running', format, progress: null });
      try {
        const events = await getAllEvents(
          params,
          current.signal,
          (progress) => {
            setState({ status: 'running', format, progress });
          },
        );
        const now = new Date();
        const content = await renderExport(format, events, params, now, t);
        current.signal.throwIfAborted();
        const fileName = exportFileName(params, now, format);
        downloadFile(fileName, content, MEDIA_TYPES[format]);
        setState({ status: 'done', format, count: events.length, fileName });
      } catch (error) {
        if (controller.current !== current) return;
        setState(
          current.signal.aborted
            ? { status: 'cancelled', format }
            : { status: 'failed', format, error: toError(error) },
        );
      }
    },
    [params, t],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  return { state, start, cancel };
}
