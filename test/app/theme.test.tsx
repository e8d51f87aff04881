import { act, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';

import { MORE_CONTRAST_QUERY, THEME_STORAGE_KEY } from '@/app/theme';

import { renderApp } from '../render';

function themeMenu() {
  return screen.getByRole('combobox', { name: 'Theme' });
}

function shownTheme() {
  return document.documentElement.dataset.theme;
}

test('by default the theme follows the system', () => {
  renderApp('/');
  expect(themeMenu()).toHaveValue('system');
  expect(screen.getByRole('option', { name: 'System' })).toBeInTheDocument();
  expect(shownTheme()).toBe('system');
});

test('user picks a theme: the page shows it and remembers it next time', async () => {
  const { user, unmount } = renderApp('/');
  await user.selectOptions(themeMenu(), 'Dark');
  expect(shownTheme()).toBe('dark');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

  await user.selectOptions(themeMenu(), 'High contrast');
  expect(shownTheme()).toBe('contrast');
  unmount();

  renderApp('/');
  expect(themeMenu()).toHaveValue('contrast');
  expect(shownTheme()).toBe('contrast');
});

test('going back to System forgets the choice', async () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'light');
  const { user } = renderApp('/');
  expect(themeMenu()).toHaveValue('light');
  await user.selectOptions(themeMenu(), 'System');
  expect(shownTheme()).toBe('system');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
});

test('System is high contrast when the system asks for more contrast', () => {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const list = {
      matches: query === MORE_CONTRAST_QUERY,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    };
    return list;
  });
  renderApp('/');
  expect(themeMenu()).toHaveValue('system');
  expect(shownTheme()).toBe('contrast');
});

test('the Print button opens the browser’s print dialog', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  const { user } = renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Print' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test('a theme chosen in another tab shows here too', () => {
  renderApp('/');
  act(() => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.dispatchEvent(
      new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }),
    );
  });
  expect(themeMenu()).toHaveValue('dark');
  expect(shownTheme()).toBe('dark');

  act(() => {
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
  });
  expect(themeMenu()).toHaveValue('system');
  expect(shownTheme()).toBe('system');
});
