import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

import { preloadFirstView } from './scripts/preload-plugin.ts';
import { prerenderFirstView } from './scripts/prerender-plugin.ts';

/**
 * The production build's Content-Security-Policy, as a meta tag (the static
 * demo has no server to send headers). Scripts, styles and images come only
 * from the site itself; the API is the site (the mock answers in the page) or
 * the origin of VITE_API_BASE_URL. Dev keeps Vite's inline preamble working.
 */
export function contentSecurityPolicy(apiBaseUrl: string): Plugin {
  const apiOrigin = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'treaty-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The DOM tests that run the build's prerender and hydrate it, each with
 * modules of its own: React's server renderer marks the contexts it renders
 * as its own, and the app rendered after it, in any later file sharing the
 * modules, would warn of two renderers.
 */
const RUNS_THE_PRERENDER = ['test/features/timeline/first-drawing.test.tsx'];

/**
 * The `.test.ts` files that need jsdom: they build DOM nodes, or fetch the
 * API's relative URLs through MSW as the page does. Every other `.test.ts`
 * runs in Node (no jsdom to set up); every `.test.tsx` runs in jsdom.
 */
const NEEDS_A_DOM = [
  'test/api/**/*.test.ts',
  'test/mocks/api-contract.test.ts',
  'test/features/timeline/{clusters,fuzz-items,item-content}.test.ts',
];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      contentSecurityPolicy(env.VITE_API_BASE_URL ?? ''),
      preloadFirstView(['src/app/render-app.tsx']),
      prerenderFirstView(),
    ],
    // The mock API's worker (mocks/api-worker.ts) is an ES module worker.
    worker: { format: 'es' },
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    test: {
      restoreMocks: true,
      // The files of a project share their worker's modules and environment
      // (isolate: false): building jsdom and importing the app again for each
      // file was most of the suite's time. The set-up files reset what a test
      // changes: MSW's handlers, the DOM, localStorage, spies, fake timelines.
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            isolate: false,
            include: ['test/**/*.test.ts'],
            exclude: [...configDefaults.exclude, 'test/e2e/**', ...NEEDS_A_DOM],
            setupFiles: ['./test/setup/console.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            isolate: false,
            // A whole-app journey renders a hundred rows and eighty parties,
            // which jsdom takes seconds over on a loaded 2-core machine.
            testTimeout: 20_000,
            include: ['test/**/*.test.tsx', ...NEEDS_A_DOM],
            exclude: [
              ...configDefaults.exclude,
              'test/e2e/**',
              ...RUNS_THE_PRERENDER,
            ],
            setupFiles: ['./test/setup/console.ts', './test/setup/dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'prerendered',
            environment: 'jsdom',
            include: RUNS_THE_PRERENDER,
            setupFiles: ['./test/setup/console.ts', './test/setup/dom.ts'],
          },
        },
      ],
    },
  };
});
