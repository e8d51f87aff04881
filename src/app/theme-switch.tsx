import { useTranslation } from 'react-i18next';

import { useIsHydrated } from '@/components/use-is-hydrated';

import { parseThemeChoice, THEME_CHOICES } from './theme';
import { useTheme } from './use-theme';

/** The theme menu in the header; "System" follows the OS settings. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const [choice, setChoice] = useTheme();
  // The prerendered page knows no reader's choice: it hydrates as "System",
  // then shows the choice (the page's colours have it from the start).
  const isHydrated = useIsHydrated();
  return (
    <label className="tt-theme-switch">
      {t('theme.label')}
      <select
        className="tt-input"
        value={isHydrated ? choice : 'system'}
        onChange={(event) => {
          setChoice(parseThemeChoice(event.target.value));
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
