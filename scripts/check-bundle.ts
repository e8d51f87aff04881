// Checks the built app (dist/, from `npm run build`) against the initial-JS
// budget: the gzip size of the JS its index.html loads directly. Builds
// nothing; exits 1 when over budget.
import { formatKb, INITIAL_JS_BUDGET_BYTES, initialJs } from './initial-js';

const { files, gzipBytes } = initialJs('dist');
for (const file of files) {
  console.log(`  ${file.file}: ${formatKb(file.gzipBytes)} gzip`);
}
console.log(
  `initial JS: ${formatKb(gzipBytes)} gzip (budget ${INITIAL_JS_BUDGET_BYTES / 1000} kB)`,
);
if (gzipBytes > INITIAL_JS_BUDGET_BYTES) {
  console.error(
    `initial JS is over budget by ${formatKb(gzipBytes - INITIAL_JS_BUDGET_BYTES)}`,
  );
  process.exit(1);
}
