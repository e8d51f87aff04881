import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

/** Runs `npm run check:bundle`'s script on a build directory. */
function checkBundle(outDir: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/check-bundle.ts', outDir],
    { encoding: 'utf8', timeout: 120_000 },
  );
}

const overBudget = mkdtempSync(join(tmpdir(), 'tt-over-budget-'));
after(() => {
  rmSync(overBudget, { recursive: true, force: true });
});

test('the JS budget passes the build as it is', () => {
  const run = checkBundle('dist');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /JS fetched before the timeline was drawn: /);
});

test('the JS budget fails a build whose first draw fetches too much', () => {
  // The same build, its app chunk grown by about 150 kB of what gzip cannot
  // shrink: loaded before the draw, so it counts.
  cpSync('dist', overBudget, { recursive: true });
  const assets = join(overBudget, 'assets');
  const chunk = readdirSync(assets).find((name) =>
    /^render-app-.*\.js$/.test(name),
  );
  assert.ok(chunk, 'the build has an app chunk');
  appendFileSync(
    join(assets, chunk),
    `\n/* ${randomBytes(112_000).toString('base64')} */\n`,
  );
  const run = checkBundle(overBudget);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stderr, /over budget by \d+\.\d kB/);
  assert.match(run.stdout, new RegExp(`/assets/${chunk}: `));
});
