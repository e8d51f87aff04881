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
import { API_BASE_URL } from './config/api-base-url';
import { SYNTHETIC_EVENTS } from './config/synthetic-events';

/**
 * Starts the embedded mock API, unless the build points at a real one. Its
 * worker builds the data set while MSW's code downloads.
 */
async function enableMocking() {
  if (API_BASE_URL) return;
  // The worker's name is how many synthetic events it adds (mocks/api-worker.ts).
  const apiWorker = new Worker(
    new URL('../mocks/api-worker.ts', import.meta.url),
    { type: 'module', name: String(SYNTHETIC_EVENTS) },
  );
  const { startMockApi } = await import('../mocks/browser');
  startMockApi(apiWorker);
}

function showStartupError(root: HTMLElement, error: unknown) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The dashboard could not start: ${String(error)}`;
  root.replaceChildren(message);
}

// Before anything draws, so the first paint has the reader's theme.
applyTheme(
  document.documentElement,
  resolveTheme(readThemeChoice(), prefersMoreContrast()),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void import('./features/timeline/timeline-view');
Promise.all([import('./app/render-app'), enableMocking()]).then(
  ([{ renderApp }]) => {
    renderApp(root);
  },
  (error: unknown) => {
    showStartupError(root, error);
  },
);
