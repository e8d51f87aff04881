/**
 * `npm run typecheck` (tsc -b) checks every project tsconfig.json refers to.
 * These tests make sure that is every script, config, test and source file
 * in the repository, under strict settings, with Node's types only where
 * Node runs the code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import ts from 'typescript';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function parse(configPath: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(
          ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        );
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return parsed;
}

const solution = parse(resolve(ROOT, 'tsconfig.json'));
const projects = new Map(
  (solution.projectReferences ?? []).map((reference) => {
    const path = ts.resolveProjectReferencePath(reference);
    return [path.slice(ROOT.length + 1), parse(path)] as const;
  }),
);

const CODE = /\.(ts|tsx|mts|js|mjs|cjs)$/;
const tracked = execFileSync('git', ['ls-files'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((path) => CODE.test(path));

test('tsconfig.json refers to the app, the tests and the Node code', () => {
  expect(solution.fileNames).toEqual([]);
  expect([...projects.keys()].sort()).toEqual([
    'tsconfig.app.json',
    'tsconfig.node.json',
    'tsconfig.test.json',
  ]);
});

test('every code file in the repository is in one of those projects', () => {
  const checked = new Set(
    [...projects.values()].flatMap((project) =>
      project.fileNames.map((path) => path.slice(ROOT.length + 1)),
    ),
  );
  expect(tracked.filter((path) => !checked.has(path))).toEqual([]);
  expect(tracked.length).toBeGreaterThan(150);
});

test.each([...projects.keys()])(
  '%s is strict and checks its JavaScript too',
  (name) => {
    const { options, fileNames } = projects.get(name) ?? parse(name);
    expect(options.strict).toBe(true);
    expect(options.noUncheckedIndexedAccess).toBe(true);
    if (fileNames.some((path) => /\.(js|mjs|cjs)$/.test(path))) {
      expect(options.checkJs).toBe(true);
    }
  },
);

test('only the tests and the Node code get Node’s types', () => {
  expect(projects.get('tsconfig.app.json')?.options.types).toEqual([
    'vite/client',
  ]);
  expect(projects.get('tsconfig.node.json')?.options.types).toContain('node');
});

test('npm run typecheck builds every one of those projects, checks switched on', () => {
  const manifest: unknown = JSON.parse(
    readFileSync(resolve(ROOT, 'package.json'), 'utf8'),
  );
  expect(manifest).toMatchObject({ scripts: { typecheck: 'tsc -b' } });
  for (const { options } of projects.values()) {
    expect(options.noCheck).not.toBe(true);
    expect(options.noEmit).toBe(true);
  }
});
