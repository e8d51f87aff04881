import './app.css';
import './print.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createI18n, loadTranslation } from '@/i18n/create-i18n';

import { App } from './app';
import { Providers } from './providers';
import { chooseLanguage } from './use-url-language';

/**
 * Renders the app into `root`, in the URL's language or else the browser's:
 * its texts are loaded first (English is built in), so the first render is
 * already in it.
 */
export async function renderApp(root: HTMLElement) {
  const language = chooseLanguage(window.location.search, navigator.languages);
  const i18n = createI18n(language, {
    [language]: await loadTranslation(language),
  });
  createRoot(root).render(
    <StrictMode>
      <Providers i18n={i18n}>
        <App />
      </Providers>
    </StrictMode>,
  );
}
