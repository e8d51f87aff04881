// The Vite plugin that puts the first view into the build's index.html:
// after the browser build, it builds src/prerender.tsx for Node (Vite's SSR
// build, so the app's aliases, env and assets resolve as in the browser
// build), runs it, and writes its HTML into #root and its answers into a
// JSON script the app hydrates from (src/app/first-answers.ts). Ahead of
// them, in the head, a classic script (src/before-first-paint.ts, built as an IIFE)
// settles the reader's theme, and whether the prerendered view is theirs,
// before the first paint; the page's stylesheet goes inline
// (inline-stylesheets.ts). Every `vite build` does it, the programmatic ones
// of the tests and the bench too.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, type Plugin, type ResolvedConfig } from 'vite';

import { FIRST_ANSWERS_ID } from '../src/config/first-answers.ts';

import { withInlineStylesheets } from './inline-stylesheets.ts';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * JSON that is safe inside a <script> element: no `<` can close it, and
 * U+2028/U+2029 are escaped as JSON allows.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * index.html with the first view's HTML in #root and its answers after it,
 * and the before-paint script (its URL) in the head, after the page's policy
 * and before the first file the head asks for: it holds the parser until it
 * has run, and a browser fetches at most six files at once from an HTTP/1.1
 * host, so behind the code's nine it waited for them (about 85 ms).
 */
export function withFirstView(
  page: string,
  html: string,
  answers: unknown,
  beforePaintScript: string,
): string {
  if (!page.includes(ROOT_ELEMENT)) {
    throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`);
  }
  if (!page.includes('</head>')) throw new Error('index.html has no </head>');
  const data =
    answers === null
      ? ''
      : `<script type="application/json" id="${FIRST_ANSWERS_ID}">${scriptSafeJson(answers)}</script>`;
  // index.html's head (ours, with no comment or template) names its files
  // after its policy and charset.
  const headEnd = page.indexOf('</head>');
  const firstFile = page.slice(0, headEnd).search(/<(script|link)\b/);
  const at = firstFile === -1 ? headEnd : firstFile;
  const script = `<script src="${beforePaintScript}"></script>`;
  // Replaced by a function: a replacement string would expand the `$&` or
  // `$'` an event's text may hold.
  return `${page.slice(0, at)}${script}${page.slice(at)}`.replace(
    ROOT_ELEMENT,
    () => `<div id="root">${html}</div>${data}`,
  );
}

/**
 * Builds src/before-first-paint.ts as one classic script into the build's assets;
 * returns its URL.
 */
async function buildBeforePaintScript(config: ResolvedConfig, outDir: string) {
  const output = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: 'src/before-first-paint.ts',
        formats: ['iife'],
        name: 'beforeFirstPaint',
      },
    },
  });
  // One build (an array only for several formats), written to memory.
  const [result] = Array.isArray(output) ? output : [output];
  const chunk =
    'output' in result
      ? result.output.find((file) => file.type === 'chunk')
      : undefined;
  if (!chunk) throw new Error('the before-paint script was not built');
  const hash = createHash('sha256').update(chunk.code).digest('hex');
  const name = `${config.build.assetsDir}/before-paint-${hash.slice(0, 8)}.js`;
  writeFileSync(join(outDir, name), chunk.code);
  return `${config.base}${name}`;
}

type FirstViewModule = {
  renderFirstView: () => Promise<{ html: string; answers: unknown }>;
};

export function prerenderFirstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'treaty-timeline:prerender',
    // The browser build only: the Node build it starts is not prerendered.
    apply: (userConfig, { command }) =>
      command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const indexPath = join(outDir, 'index.html');
      // A failed build wrote no index.html: its own error is the one to tell.
      if (!existsSync(indexPath)) return;
      // Within the project, where Node finds the packages it leaves external.
      const serverDir = mkdtempSync(
        join(config.root, 'node_modules', '.tt-prerender-'),
      );
      try {
        await build({
          root: config.root,
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: 'src/prerender.tsx',
            outDir: serverDir,
            emptyOutDir: true,
            copyPublicDir: false,
          },
        });
        const entry = readdirSync(serverDir).find((name) =>
          /^prerender\.m?js$/.test(name),
        );
        if (!entry) throw new Error(`no prerender entry in ${serverDir}`);
        const module = (await import(
          pathToFileURL(join(serverDir, entry)).href
        )) as FirstViewModule;
        const { html, answers } = await module.renderFirstView();
        const beforePaintScript = await buildBeforePaintScript(config, outDir);
        const page = withFirstView(
          readFileSync(indexPath, 'utf8'),
          html,
          answers,
          beforePaintScript,
        );
        writeFileSync(
          indexPath,
          withInlineStylesheets(page, config.base, (href) =>
            readFileSync(join(outDir, href.slice(config.base.length)), 'utf8'),
          ),
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
