import { useTranslation } from 'react-i18next';

import { MAX_QUERY_LENGTH } from '@/domain/filters';

import type { DroppedParam } from '@/domain/view-state';

export type DroppedParamsNoticeProps = {
  dropped: DroppedParam[];
  onDismiss: () => void;
};

/** Says which of a link's settings were ignored, and why. */
export function DroppedParamsNotice({
  dropped,
  onDismiss,
}: DroppedParamsNoticeProps) {
  const { t } = useTranslation();
  if (dropped.length === 0) return null;
  return (
    <div className="tt-notice" role="alert">
      <p>{t('dropped.intro')}</p>
      <ul>
        {dropped.map((param, index) => (
          <li key={`${param.parameter}-${String(index)}`}>
            <code>
              {param.parameter}={param.value}
            </code>
            : {t(`dropped.reason.${param.reason}`, { max: MAX_QUERY_LENGTH })}.
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('dropped.dismiss')}
      </button>
    </div>
  );
}
