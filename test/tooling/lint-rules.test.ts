// @vitest-environment node
/**
 * The rules the README states, broken on purpose: each probe is linted as if
 * it were a file at `path`, with the project's own eslint.config.js. Type
 * information is switched off for the probes (they are not on disk), which
 * none of these rules needs.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function errorsOf(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map(
    (m) => `${m.ruleId ?? 'fatal'}: ${m.message}`,
  );
}

const LAYER = 'boundaries/dependencies';

test.each([
  {
    rule: 'a feature imports another feature',
    path: 'src/features/event-detail/probe.ts',
    code: "import { EventList } from '@/features/event-list/event-list';\nexport const probe = EventList;\n",
  },
  {
    rule: 'the domain imports a feature',
    path: 'src/domain/probe.ts',
    code: "import { TimelinePanel } from '../features/timeline/timeline-panel';\nexport const probe = TimelinePanel;\n",
  },
  {
    rule: 'the api imports the app',
    path: 'src/api/probe.ts',
    code: "import { App } from '@/app/app';\nexport const probe = App;\n",
  },
  {
    rule: 'a feature imports the mock API dynamically',
    path: 'src/features/export/probe.ts',
    code: "export const probe = () => import('../../../mocks/browser');\n",
  },
  {
    rule: 'the app imports the mock API',
    path: 'src/app/probe.ts',
    code: "import { createApi } from '../../mocks/api/respond';\nexport const probe = createApi;\n",
  },
  {
    rule: 'the mock API imports a feature',
    path: 'mocks/api/probe.ts',
    code: "import { EventList } from '../../src/features/event-list/event-list';\nexport const probe = EventList;\n",
  },
])('lint fails when $rule, and says the rule', async ({ path, code }) => {
  const errors = await errorsOf(path, code);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(
    new RegExp(`^${LAYER}: Imports go one way: domain ← api ← features ← app`),
  );
});

test.each([
  {
    what: 'a feature imports its own modules and the layers below',
    path: 'src/features/event-detail/probe.ts',
    code: "import { EventDetailPanel } from './event-detail-panel';\nimport { describeError } from '@/api/describe-error';\nimport { EVENT_TYPES } from '@/domain/event';\nexport const probe = [EventDetailPanel, describeError, EVENT_TYPES];\n",
  },
  {
    what: 'the entry point starts the mock API',
    path: 'src/main.tsx',
    code: "export const probe = () => import('../mocks/browser');\n",
  },
  {
    what: 'a pure timeline module imports vis-timeline types only',
    path: 'src/features/timeline/probe.ts',
    code: "import type { DataItem } from 'vis-timeline/esnext';\nexport type Probe = DataItem;\n",
  },
])('lint passes when $what', async ({ path, code }) => {
  expect(await errorsOf(path, code)).toEqual([]);
});

test('lint fails when a module other than timeline-widget.ts runs vis-timeline', async () => {
  const errors = await errorsOf(
    'src/features/timeline/probe.ts',
    "import { Timeline } from 'vis-timeline/esnext';\nexport const probe = Timeline;\n",
  );
  expect(errors).toEqual([
    expect.stringMatching(
      /^@typescript-eslint\/no-restricted-imports: .*Only features\/timeline\/timeline-widget\.ts runs vis-timeline/,
    ),
  ]);
});

test.each([
  'src/features/filters/use-probe.ts',
  'mocks/use-probe.ts',
  'test/use-probe.ts',
])('the rules of hooks apply to a .ts file (%s)', async (path) => {
  const errors = await errorsOf(
    path,
    "import { useState } from 'react';\nexport function useProbe(on: boolean) {\n  if (on) useState(0);\n  return on;\n}\n",
  );
  expect(errors).toEqual([
    expect.stringMatching(/^react-hooks\/rules-of-hooks: /),
  ]);
});

test('exhaustive deps apply to a .ts file', async () => {
  const errors = await errorsOf(
    'src/features/filters/use-probe.ts',
    "import { useEffect } from 'react';\nexport function useProbe(value: number) {\n  useEffect(() => {\n    console.info(value);\n  }, []);\n}\n",
  );
  expect(errors).toEqual([
    expect.stringMatching(/^react-hooks\/exhaustive-deps: /),
  ]);
});

test('the Testing Library and jest-dom rules apply to the tests', async () => {
  const errors = await errorsOf(
    'test/probe.test.tsx',
    "import { render, screen } from '@testing-library/react';\nimport { expect, test } from 'vitest';\ntest('probe', () => {\n  const { container } = render(<p>hi</p>);\n  expect(container.querySelector('p')?.getAttribute('title')).toBe('x');\n  expect(screen.getByText('hi')).toBeTruthy();\n});\n",
  );
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^testing-library\/no-node-access: /),
      expect.stringMatching(/^testing-library\/no-container: /),
    ]),
  );
});

test.each(['process', 'Buffer'])(
  'lint fails when src/ uses Node’s %s',
  async (name) => {
    const errors = await errorsOf(
      'src/config/probe.ts',
      `export const probe = ${name};\n`,
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^no-restricted-globals: .*src\/ runs in the browser/,
      ),
    ]);
  },
);

test('lint fails when src/ builds its own Intl object', async () => {
  const errors = await errorsOf(
    'src/features/event-list/probe.ts',
    "export const probe = new Intl.NumberFormat('en');\n",
  );
  expect(errors).toEqual([
    expect.stringMatching(
      /^no-restricted-syntax: .*src\/domain\/intl-cache\.ts/,
    ),
  ]);
});
