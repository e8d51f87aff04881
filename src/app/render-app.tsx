import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { createI18n, loadTranslation } from '@/i18n/create-i18n';

import { App } from './app';
import { isPrerenderedView, OTHER_VIEW_ATTRIBUTE } from './prerendered-view';
import { Providers } from './providers';
import { chooseLanguage } from './use-url-language';

/**
 * Renders the app into `root`, in the URL's language or else the browser's:
 * its texts are loaded first (English is built in), so the first render is
 * already in it, with `queryClient` (holding the page's embedded answers). A
 * prerendered view is hydrated; another URL or language is rendered afresh.
 */
export async function renderApp(root: HTMLElement, queryClient: QueryClient) {
  const language = chooseLanguage(window.location.search, navigator.languages);
  const i18n = createI18n(language, {
    [language]: await loadTranslation(language),
  });
  const app = (
    <StrictMode>
      <Providers i18n={i18n} queryClient={queryClient}>
        <App />
      </Providers>
    </StrictMode>
  );
  if (
    root.hasChildNodes() &&
    isPrerenderedView(window.location, navigator.languages)
  ) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    document.documentElement.removeAttribute(OTHER_VIEW_ATTRIBUTE);
    createRoot(root).render(app);
  }
}
