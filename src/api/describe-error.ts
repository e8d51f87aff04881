import type { TFunction } from 'i18next';

import { ApiError } from './api-error';

/**
 * A failure in the reader's language. An ApiError is worded from its kind
 * and fields; any other error can only show its own message.
 */
export function describeError(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return error.message;
  const { detail, statusLine = '', timeoutSeconds = 0 } = error.fields;
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout', { seconds: timeoutSeconds });
    case 'http':
      return detail
        ? t('errors.httpWithDetail', { status: statusLine, detail })
        : t('errors.http', { status: statusLine });
    case 'not-json':
      return t('errors.notJson');
    case 'contract':
      return t('errors.contract', { detail: detail ?? '' });
  }
}
