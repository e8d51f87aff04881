import { fileURLToPath, URL } from 'node:url';

import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds the benchmark's baseline page (bench/baseline.html). */
export default defineConfig({
  root,
  // The page loads vis-timeline and moment in one chunk, as the common way does.
  build: {
    outDir: '../dist-bench-baseline',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: fileURLToPath(new URL('baseline.html', import.meta.url)),
    },
  },
});
