import { expect, test } from 'vitest';

import {
  applyTheme,
  parseThemeChoice,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  THEME_STORAGE_KEY,
} from '@/app/theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      values.set(key, value);
    },
    removeItem: (key: string) => {
      values.delete(key);
    },
  };
}

function blockedStorage(): never {
  throw new DOMException('The operation is insecure.', 'SecurityError');
}

test.each([
  ['light', 'light'],
  ['dark', 'dark'],
  ['contrast', 'contrast'],
  ['system', 'system'],
  [null, 'system'],
  ['', 'system'],
  ['Dark', 'system'],
  ['high-contrast', 'system'],
  [42, 'system'],
])('parseThemeChoice(%j) is %s', (value, expected) => {
  expect(parseThemeChoice(value)).toBe(expected);
});

test.each([
  ['system', false, 'system'],
  ['system', true, 'contrast'],
  ['light', true, 'light'],
  ['dark', true, 'dark'],
  ['contrast', false, 'contrast'],
] as const)(
  'resolveTheme(%s, more contrast: %s) is %s',
  (choice, moreContrast, expected) => {
    expect(resolveTheme(choice, moreContrast)).toBe(expected);
  },
);

test('a saved choice is read back', () => {
  const storage = memoryStorage();
  saveThemeChoice('dark', () => storage);
  expect(storage.values.get(THEME_STORAGE_KEY)).toBe('dark');
  expect(readThemeChoice(() => storage)).toBe('dark');
});

test('choosing System forgets the stored choice', () => {
  const storage = memoryStorage({ [THEME_STORAGE_KEY]: 'contrast' });
  saveThemeChoice('system', () => storage);
  expect(storage.values.has(THEME_STORAGE_KEY)).toBe(false);
  expect(readThemeChoice(() => storage)).toBe('system');
});

test('a stored value that is not a theme reads as System', () => {
  const storage = memoryStorage({ [THEME_STORAGE_KEY]: '<script>' });
  expect(readThemeChoice(() => storage)).toBe('system');
});

test('blocked storage reads as System and saving does not throw', () => {
  expect(readThemeChoice(blockedStorage)).toBe('system');
  expect(() => {
    saveThemeChoice('dark', blockedStorage);
  }).not.toThrow();
});

test('applyTheme sets data-theme', () => {
  const root: Pick<HTMLElement, 'dataset'> = { dataset: {} };
  applyTheme(root, 'contrast');
  expect(root.dataset.theme).toBe('contrast');
});
