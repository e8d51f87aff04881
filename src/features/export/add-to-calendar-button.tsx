import { useTranslation } from 'react-i18next';

import type { EventSummary } from '@/domain/event';

import { downloadFile } from './download-file';
import { MEDIA_TYPES, renderExport } from './export-formats';
import { eventFileName } from './file-names';

export type AddToCalendarButtonProps = { event: EventSummary };

/** Saves one event as an .ics file that calendar apps open. */
export function AddToCalendarButton({ event }: AddToCalendarButtonProps) {
  const { t } = useTranslation();
  const save = async () => {
    const content = await renderExport('ics', [event], {}, new Date(), t);
    downloadFile(eventFileName(event.id, 'ics'), content, MEDIA_TYPES.ics);
  };
  return (
    <button
      type="button"
      onClick={() => {
        void save();
      }}
    >
      {t('exporting.addToCalendar')}
    </button>
  );
}
