/**
 * The build's second entry: the first view of `/`, rendered ahead of time
 * with React's static prerender (scripts/prerender-plugin.ts runs it after
 * `vite build` and writes the result into index.html). With the embedded
 * mock, the first view's data are the mock's own answers, asked through the
 * app's own requests and returned as dehydrated Query state, so the browser
 * draws the first view without asking anything. With a real API
 * (VITE_API_BASE_URL), only the page's shell is prerendered: the build does
 * not depend on that API being up, and the browser asks it.
 */
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';

import { App } from './app/app';
import { fetchFirstView } from './app/first-view';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { API_BASE_URL } from './config/api-base-url';
import { SYNTHETIC_EVENTS } from './config/synthetic-events';
import { createI18n } from './i18n/create-i18n';

import { createApi } from '../mocks/api/respond';
import { toResponse } from '../mocks/api/reply';
import { scenarioData } from '../mocks/data/scenario';

export type FirstView = {
  /** The HTML of `#root`. */
  html: string;
  /** What the first view's queries answered; null for a real API. */
  answers: DehydratedState | null;
};

/** Runs `work` with fetch answered by the mock API, as in the browser. */
async function withMockApi<T>(work: () => Promise<T>): Promise<T> {
  const api = createApi(scenarioData(SYNTHETIC_EVENTS));
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input) => {
    const url = input instanceof Request ? input.url : String(input);
    return Promise.resolve(
      toResponse(api('GET', new URL(url, 'https://prerender.invalid').href)),
    );
  };
  try {
    return await work();
  } finally {
    globalThis.fetch = realFetch;
  }
}

export async function renderFirstView(): Promise<FirstView> {
  const queryClient = createQueryClient();
  if (!API_BASE_URL) {
    await withMockApi(() => fetchFirstView(queryClient));
  }
  const { prelude } = await prerender(
    <StrictMode>
      <Providers i18n={createI18n('en')} queryClient={queryClient} location="/">
        <App />
      </Providers>
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  const answers = API_BASE_URL ? null : dehydrate(queryClient);
  // No garbage-collection timer is left to keep the build running.
  queryClient.clear();
  return { html, answers };
}
