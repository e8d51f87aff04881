/**
 * The entry point. It imports nothing heavy itself, so that the mock API,
 * the app and the timeline's code all load in parallel.
 */
import './app/themes.css';

import {
  applyTheme,
  prefersMoreContrast,
  readThemeChoice,
  resolveTheme,
} from './app/theme';
import { holdRequestsUntil } from './api/api-ready';
import { API_BASE_URL } from './config/api-base-url';
import { isOneOf } from './domain/is-one-of';
import { detectLanguage, LANGUAGES, type Language } from './domain/language';
import { STARTUP_FAILURE } from './i18n/startup-failure';

/**
 * Starts the embedded mock API, unless the build points at a real one: the
 * API worker starts building the data set while the fetch interceptor's code
 * (a few kB) downloads. Requests wait for it (src/api/api-ready.ts).
 */
async function enableMocking() {
  if (API_BASE_URL) return;
  const apiWorker = new Worker(
    new URL('../mocks/api-worker.ts', import.meta.url),
    { type: 'module' },
  );
  const { startMockApi } = await import('../mocks/browser');
  startMockApi(apiWorker);
}

/** The language of the URL's `lang`, else the browser's (as the app picks it). */
function readerLanguage(): Language {
  const lang = new URLSearchParams(window.location.search).get('lang') ?? '';
  return isOneOf(LANGUAGES, lang) ? lang : detectLanguage(navigator.languages);
}

function showStartupError(root: HTMLElement, error: unknown) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = STARTUP_FAILURE[readerLanguage()](String(error));
  root.replaceChildren(message);
}

// Before anything draws, so the first paint has the reader's theme.
applyTheme(
  document.documentElement,
  resolveTheme(readThemeChoice(), prefersMoreContrast()),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

holdRequestsUntil(enableMocking());
void import('./features/timeline/timeline-view');
import('./app/render-app')
  .then(({ renderApp }) => renderApp(root))
  .catch((error: unknown) => {
    showStartupError(root, error);
  });
