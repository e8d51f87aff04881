import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Party } from '@/domain/event';
import { partyName } from '@/domain/party-name';

import { useLocale } from './use-locale';

/**
 * Names parties in the interface language: states through Intl, the
 * organisations and companies through the `party` resources.
 */
export function usePartyName(
  parties: ReadonlyMap<string, Party>,
): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  // A fresh copy on every call of t: made once per language.
  const organisations = useMemo<Readonly<Record<string, string>>>(
    () => t('party', { returnObjects: true }),
    [t],
  );
  return useCallback(
    (code: string) =>
      partyName(code, parties, locale, (organisation) =>
        Object.hasOwn(organisations, organisation)
          ? organisations[organisation]
          : undefined,
      ),
    [parties, locale, organisations],
  );
}
