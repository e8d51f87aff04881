import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Party } from '@/domain/event';
import { partyName } from '@/domain/party-name';

import { useLocale } from './use-locale';

/**
 * Names parties in the interface language: the `party` resources for the
 * organisations and companies (and the State of Palestine), Intl for the
 * other states (partyName).
 */
export function usePartyName(
  parties: ReadonlyMap<string, Party>,
): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  // A fresh copy on every call of t: made once per language.
  const named = useMemo<Readonly<Record<string, string>>>(
    () => t('party', { returnObjects: true }),
    [t],
  );
  return useCallback(
    (code: string) =>
      partyName(code, parties, locale, (party) =>
        Object.hasOwn(named, party) ? named[party] : undefined,
      ),
    [parties, locale, named],
  );
}
