// The JavaScript a build's index.html loads directly, before anything can
// render: its `<script type="module" src>` and `<link rel="modulepreload">`
// files. Lazy chunks (import()) are not counted. Shared by bench.ts and
// check-bundle.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 300_000;

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name = ''] = match;
    attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The URLs of the JS files an index.html loads directly, in page order. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, tag = '', source = ''] of html.matchAll(TAG)) {
    const attributes = attributesOf(source);
    if (tag.toLowerCase() === 'script') {
      const src = attributes.get('src');
      if (attributes.get('type') === 'module' && src) urls.push(src);
    } else {
      const href = attributes.get('href');
      if (attributes.get('rel')?.toLowerCase() === 'modulepreload' && href) {
        urls.push(href);
      }
    }
  }
  return [...new Set(urls)];
}

export type InitialJs = {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
};

/**
 * The gzip sizes of the JS a build's index.html loads directly: the files
 * (bytes raw and gzipped) and the total gzipped, in bytes.
 */
export function initialJs(outDir = 'dist'): InitialJs {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = initialScriptUrls(html).map((url) => {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
      throw new Error(`${outDir}/index.html loads JS from elsewhere: ${url}`);
    }
    const path = (url.split(/[?#]/)[0] ?? '').replace(/^\.?\//, '');
    const source = readFileSync(join(outDir, path));
    return {
      file: path,
      bytes: source.length,
      gzipBytes: gzipSync(source, { level: 9 }).length,
    };
  });
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, gzipBytes };
}

/** Bytes as kB (1 kB = 1000 bytes), one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
