// Checks a build (dist/ by default, or the directory given) against the JS
// budget: the gzip size of all the JS a first visit fetches before the
// timeline is drawn, measured in headless Chromium. Builds nothing; exits 1
// when over budget.
import {
  formatKb,
  JS_BEFORE_DRAW_BUDGET_BYTES,
  measureJsBeforeDraw,
} from './js-before-draw';

const outDir = process.argv[2] ?? 'dist';
const { files, gzipBytes } = await measureJsBeforeDraw(outDir);
for (const file of files) {
  console.log(`  ${file.path}: ${formatKb(file.gzipBytes)} gzip`);
}
const budget = JS_BEFORE_DRAW_BUDGET_BYTES;
console.log(
  `JS fetched before the timeline was drawn: ${formatKb(gzipBytes)} gzip in ${String(files.length)} files (budget ${formatKb(budget)})`,
);
if (gzipBytes > budget) {
  console.error(`over budget by ${formatKb(gzipBytes - budget)}`);
  process.exit(1);
}
