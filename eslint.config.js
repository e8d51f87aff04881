import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import jestDom from 'eslint-plugin-jest-dom';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (README, "Where things live"), each allowed to import
 * only the layers below it. `feature` elements are the folders of
 * src/features; a feature may import itself, never another feature.
 */
const LAYERS = [
  { type: 'domain', pattern: 'src/domain' },
  { type: 'config', pattern: 'src/config' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'api', pattern: 'src/api' },
  { type: 'components', pattern: 'src/components' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'mocks', pattern: 'mocks' },
  // What is left of src/ once the folders above are taken: main.tsx.
  { type: 'main', pattern: 'src' },
];

/**
 * Elements of type `from` may import elements of the types `to`.
 * @param {string} from
 * @param {string | string[]} to
 */
const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { type: to } } },
});
const LAYER_POLICIES = [
  allow('domain', 'domain'),
  allow('config', 'config'),
  allow('i18n', ['i18n', 'domain']),
  allow('api', ['api', 'domain', 'config']),
  allow('components', ['components', 'api', 'i18n', 'domain', 'config']),
  {
    from: { element: { type: 'feature' } },
    allow: {
      to: [
        {
          element: { type: ['components', 'api', 'i18n', 'domain', 'config'] },
        },
        {
          element: {
            type: 'feature',
            captured: { name: '{{ from.element.captured.name }}' },
          },
        },
      ],
    },
  },
  allow('app', [
    'app',
    'feature',
    'components',
    'api',
    'i18n',
    'domain',
    'config',
  ]),
  // The entry point alone may start the mock API (dynamically, so that a
  // build with a real API never loads it).
  allow('main', ['app', 'feature', 'api', 'i18n', 'domain', 'config', 'mocks']),
  allow('mocks', ['mocks', 'domain', 'config']),
];

const LAYER_MESSAGE =
  'Imports go one way: domain ← api ← features ← app (README, "Where things live"). ' +
  'A feature never imports another feature (features meet in src/app), ' +
  'and src/ never imports mocks/ (only src/main.tsx starts the mock API). ' +
  'Here "{{ from.element.type }}" imports "{{ to.element.type }}".';

export default defineConfig(
  globalIgnores(['dist', 'dist-*/', 'coverage', 'test-results']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
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
  pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-refresh': reactRefresh },
    rules: { 'react-refresh/only-export-components': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'import/resolver': { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: LAYER_MESSAGE,
          policies: LAYER_POLICIES,
        },
      ],
    },
  },
  {
    // tsconfig.app.json gives src/ no Node types, but @types/papaparse
    // references them, so the compiler alone cannot keep them out.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          'global',
          '__dirname',
          '__filename',
          'require',
        ].map((name) => ({
          name,
          message: `src/ runs in the browser: Node's \`${name}\` is not there (build-time values come from import.meta.env).`,
        })),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/timeline-widget.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
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
              allowTypeImports: true,
              message:
                'Only features/timeline/timeline-widget.ts runs vis-timeline; elsewhere import its types only (`import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    // Building an Intl object costs far more than using one; the cache
    // builds each once, for every caller.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/intl-cache.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl']",
          message:
            'Take Intl objects from src/domain/intl-cache.ts, which builds each once.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
    extends: [
      testingLibrary.configs['flat/react'],
      jestDom.configs['flat/recommended'],
    ],
    rules: {
      // toHaveTextContent('x') passes for any text containing x; the tests
      // that read textContent mean the whole text, exactly.
      'jest-dom/prefer-to-have-text-content': 'off',
    },
  },
  {
    // Vitest runs without globals, so Testing Library's automatic cleanup
    // never registers: the set-up does it.
    files: ['test/setup/dom.ts'],
    rules: { 'testing-library/no-manual-cleanup': 'off' },
  },
  {
    files: [
      'scripts/**/*.ts',
      'test/e2e/**/*.ts',
      'bench/vite.config.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
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
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
