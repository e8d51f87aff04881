import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { isOneOf } from '@/domain/is-one-of';
import { LANGUAGE_NAMES, LANGUAGES } from '@/domain/language';
import { ensureTranslation } from '@/i18n/create-i18n';
import { useUrlLanguage } from './use-url-language';

/**
 * The language picker. It also keeps i18next and `<html lang>` in step with
 * the URL, so reload, Back and a shared link all speak the same language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { language, setLanguage } = useUrlLanguage();
  const id = useId();

  useEffect(
    function followUrlLanguage() {
      // Another language asked for meanwhile wins, whichever loads first.
      let isWanted = true;
      void ensureTranslation(i18n, language).then(
        () => {
          if (!isWanted) return;
          if (i18n.language !== language) void i18n.changeLanguage(language);
          document.documentElement.lang = language;
        },
        // Its chunk did not load (offline): the page stays in the language
        // it is in, and choosing again tries again.
        () => undefined,
      );
      return () => {
        isWanted = false;
      };
    },
    [i18n, language],
  );

  return (
    <div className="tt-language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        className="tt-input"
        value={language}
        onChange={(event) => {
          const { value } = event.target;
          if (isOneOf(LANGUAGES, value)) setLanguage(value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
