import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL ?? '')],
    // vis-timeline with moment is one ~600 kB chunk, loaded in parallel with
    // the app; the warning's 500 kB default says nothing useful about it.
    build: { chunkSizeWarningLimit: 650 },
    // The mock API's worker (mocks/api-worker.ts) is an ES module worker.
    worker: { format: 'es' },
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
      include: ['test/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // The app's journeys render a hundred rows and eighty parties, which
      // jsdom takes seconds over on a busy machine.
      testTimeout: 20_000,
    },
  };
});
