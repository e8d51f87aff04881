import { parseThemeChoice, THEME_CHOICES, type ThemeChoice } from './theme';
import { useTheme } from './use-theme';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** The theme menu in the header; "System" follows the OS settings. */
export function ThemeSwitch() {
  const [choice, setChoice] = useTheme();
  return (
    <label className="tt-theme-switch">
      Theme
      <select
        className="tt-input"
        value={choice}
        onChange={(event) => {
          setChoice(parseThemeChoice(event.target.value));
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
