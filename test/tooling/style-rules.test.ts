// @vitest-environment node
/**
 * The CSS rule the README states, broken on purpose: each probe is linted as
 * if it were a file in src/, with the project's own stylelint.config.mjs.
 */
import stylelint from 'stylelint';
import { expect, test } from 'vitest';

async function errorsOf(code: string, path = 'src/features/probe/probe.css') {
  const { results } = await stylelint.lint({ code, codeFilename: path });
  return (results[0]?.warnings ?? []).map((warning) => warning.text);
}

test.each([
  '.probe { font-size: 0.95rem; }',
  '.probe { font-size: 13px; }',
  '.probe { padding: 3px 0; }',
  '.probe { margin: 0 var(--space-2) 0.6rem; }',
  '.probe { gap: 1.2rem; }',
])('stylelint fails on a size off the scales: %s', async (code) => {
  expect(await errorsOf(code)).toEqual([
    expect.stringMatching(/^Disallowed value/),
  ]);
});

test.each([
  '.probe { font-size: var(--text-sm); }',
  '.probe { padding: var(--space-1) var(--space-3); margin: 0 auto; }',
  '.probe { gap: var(--space-2) 0; }',
])('stylelint passes a size from the scales: %s', async (code) => {
  expect(await errorsOf(code)).toEqual([]);
});

test('print.css sizes for paper, in points', async () => {
  expect(
    await errorsOf(
      '@media print { :root { font-size: 9pt; } }',
      'src/app/print.css',
    ),
  ).toEqual([]);
});
