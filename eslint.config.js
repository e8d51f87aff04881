import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*/', 'coverage', 'test-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      // `import { type A }` keeps the module's side effects (verbatimModuleSyntax):
      // that once ran the whole mock API on the page's main thread.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'react-refresh/only-export-components': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/timeline-view.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'vis-timeline',
                'vis-timeline/*',
                'vis-data',
                'vis-data/*',
              ],
              message:
                'Only features/timeline/timeline-view.tsx talks to vis-timeline.',
            },
            {
              group: ['**/mocks/**'],
              message:
                'src/ never imports the mock API (main.tsx loads it dynamically).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.ts',
      'test/e2e/**/*.ts',
      'bench/vite.config.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: {
      globals: { ...globals.node },
      // The project service finds only tsconfig.json, which leaves these out.
      parserOptions: { projectService: false, project: './tsconfig.node.json' },
    },
    rules: {
      // node:test's runner awaits the promise test() returns.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
