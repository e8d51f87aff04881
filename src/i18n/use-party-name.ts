import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Party } from '@/domain/event';
import { partyName } from '@/domain/party-name';

import { useLocale } from './use-locale';

/** The `party` resources of `t`'s language, by code. */
export function partyWords(t: TFunction): Readonly<Record<string, string>> {
  return t('party', { returnObjects: true });
}

/** Names parties in `locale`, with the resources `named` (partyWords). */
export function partyNamer(
  parties: ReadonlyMap<string, Party>,
  locale: string,
  named: Readonly<Record<string, string>>,
): (code: string) => string {
  return (code) =>
    partyName(code, parties, locale, (party) =>
      Object.hasOwn(named, party) ? named[party] : undefined,
    );
}

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
  const named = useMemo(() => partyWords(t), [t]);
  return useMemo(
    () => partyNamer(parties, locale, named),
    [parties, locale, named],
  );
}
