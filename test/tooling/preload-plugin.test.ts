import { expect, test } from 'vitest';

import { type BuiltChunk, chunksToPreload } from '../../scripts/preload-plugin';

function chunk(
  fileName: string,
  moduleIds: string[],
  imports: string[] = [],
  dynamicImports: string[] = [],
): BuiltChunk {
  return { type: 'chunk', fileName, moduleIds, imports, dynamicImports };
}

const ENTRY = chunk(
  'assets/index.js',
  ['/app/src/main.tsx'],
  [],
  ['assets/render-app.js', 'assets/timeline-view.js', 'assets/browser.js'],
);
const BUNDLE = {
  [ENTRY.fileName]: ENTRY,
  // It imports a helper of the entry's, and shares a chunk with the timeline.
  'assets/render-app.js': chunk(
    'assets/render-app.js',
    ['/app/src/app/render-app.tsx'],
    ['assets/index.js', 'assets/shared.js'],
  ),
  // A chunk shared with render-app: no single module is its facade.
  'assets/timeline-view.js': chunk(
    'assets/timeline-view.js',
    [
      '/app/node_modules/vis-timeline/esnext.js',
      '/app/src/features/timeline/timeline-view.tsx',
    ],
    ['assets/shared.js'],
  ),
  'assets/shared.js': chunk('assets/shared.js', ['/app/src/domain/when.ts']),
  'assets/browser.js': chunk('assets/browser.js', ['/app/mocks/browser.ts']),
  'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
};

test('the first view’s chunks and what they import are preloaded, each once; the entry and the rest are not', () => {
  expect(
    chunksToPreload(BUNDLE, ENTRY, [
      'src/app/render-app.tsx',
      'src/features/timeline/timeline-view.tsx',
    ]),
  ).toEqual([
    'assets/render-app.js',
    'assets/shared.js',
    'assets/timeline-view.js',
  ]);
});

test('a module the entry does not import dynamically fails the build', () => {
  expect(() => chunksToPreload(BUNDLE, ENTRY, ['src/app/renamed.tsx'])).toThrow(
    /does not import src\/app\/renamed\.tsx/,
  );
});
