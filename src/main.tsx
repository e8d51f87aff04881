/**
 * The browser's entry point. On the prerendered view it draws the timeline
 * from the page's answers while the app's code loads (first-drawing.ts); the
 * mock API loads with the app, unless the page is the prerendered view,
 * which needs it later.
 */
import './app/themes.css';
import './app/app.css';
import './app/print.css';
// The reader's theme before anything draws. The built page has run it
// already, in its head (again, it changes nothing); the dev server's page
// has it from here.
import './before-first-paint';

import { holdRequestsUntil, startApiOnFirstRequest } from './api/api-ready';
import { API_BASE_URL } from './config/api-base-url';
import {
  isPrerenderedView,
  OTHER_VIEW_ATTRIBUTE,
} from './app/prerendered-view';
import { readFirstAnswers, takeFirstAnswers } from './app/first-answers';
import { createQueryClient } from './app/query-client';
import { drawFirstView } from './features/timeline/first-drawing';
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
  document.documentElement.removeAttribute(OTHER_VIEW_ATTRIBUTE);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page's embedded answers are taken as answered.
const queryClient = createQueryClient();
const answers = readFirstAnswers(document);
if (answers) takeFirstAnswers(queryClient, answers);
const isFirstView =
  answers !== null && isPrerenderedView(window.location, navigator.languages);
// The prerendered view came with its answers and asks nothing until the
// reader goes further: the mock loads then, not before the first draw.
// Another view asks at once.
if (isFirstView) {
  startApiOnFirstRequest(enableMocking);
} else {
  holdRequestsUntil(enableMocking());
}
import('./app/render-app')
  .then(({ renderApp }) => renderApp(root, queryClient))
  .catch((error: unknown) => {
    showStartupError(root, error);
  });
if (isFirstView) drawFirstView(root, queryClient);
