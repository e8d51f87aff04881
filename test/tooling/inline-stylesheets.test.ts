import { expect, test } from 'vitest';

import {
  styleHash,
  withInlineStylesheets,
} from '../../scripts/inline-stylesheets';

const POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;">';

function page(head: string): string {
  return `<html><head>${POLICY}${head}</head><body></body></html>`;
}

const FILES: Record<string, string> = {
  '/assets/index.css': 'a{color:red}',
  '/assets/other.css': 'b{color:blue}',
};

function read(href: string): string {
  const css = FILES[href];
  if (css === undefined) throw new Error(`no ${href}`);
  return css;
}

test('the hash is CSP’s: SHA-256 of the text, base64', () => {
  // `printf 'a{color:red}' | openssl dgst -sha256 -binary | base64`
  expect(styleHash('a{color:red}')).toBe(
    'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs=',
  );
});

test('a stylesheet of the build goes inline, its link disabled, and its policy allows that style only', () => {
  const inlined = withInlineStylesheets(
    page('<link rel="stylesheet" crossorigin href="/assets/index.css">'),
    '/',
    read,
  );
  expect(inlined).toContain('<head><meta');
  // The link stays, not fetched: Vite's loader of a lazy chunk's styles
  // adds none the page links already.
  expect(inlined).toContain(
    '<style>a{color:red}</style><link rel="stylesheet" crossorigin href="/assets/index.css" disabled></head>',
  );
  expect(inlined).toContain(
    `style-src &#39;self&#39; &#39;${styleHash('a{color:red}')}&#39;; img-src`,
  );
});

test('each stylesheet is allowed by its own hash', () => {
  const inlined = withInlineStylesheets(
    page(
      '<link rel="stylesheet" href="/assets/index.css"><link rel="stylesheet" href="/assets/other.css">',
    ),
    '/',
    read,
  );
  expect(inlined).toContain(
    `style-src &#39;self&#39; &#39;${styleHash('a{color:red}')}&#39; &#39;${styleHash('b{color:blue}')}&#39;;`,
  );
});

test('a stylesheet from elsewhere stays a link', () => {
  for (const href of ['https://cdn.invalid/x.css', '//cdn.invalid/x.css']) {
    const head = `<link rel="stylesheet" href="${href}">`;
    expect(withInlineStylesheets(page(head), '/', read)).toBe(page(head));
  }
});

test('only the head’s links go inline, not one in the body', () => {
  const body =
    '<body><pre>&lt;x&gt;</pre><link rel="stylesheet" href="/assets/other.css"></body>';
  const built = page(
    '<link rel="stylesheet" href="/assets/index.css">',
  ).replace('<body></body>', body);
  const inlined = withInlineStylesheets(built, '/', read);
  expect(inlined).toContain('<style>a{color:red}</style>');
  expect(inlined.endsWith(`</head>${body}</html>`)).toBe(true);
});

test('a stylesheet that could close its element fails the build', () => {
  expect(() =>
    withInlineStylesheets(
      page('<link rel="stylesheet" href="/assets/index.css">'),
      '/',
      () => 'a::after{content:"</style><script>"}',
    ),
  ).toThrow(/could close its <style> element/);
});

test('text the browser would hash otherwise, or a url() a relative base would break, fails the build', () => {
  const link = page('<link rel="stylesheet" href="./assets/index.css">');
  for (const [css, base, error] of [
    ['a{color:red}\r\n', './', /CR or NUL/],
    ['a{background:url(x.png)}', './', /url\(\) that a relative base/],
  ] as const) {
    expect(() => withInlineStylesheets(link, base, () => css)).toThrow(error);
  }
  // With an absolute base, a url() resolves as it did from the file.
  expect(
    withInlineStylesheets(
      page('<link rel="stylesheet" href="/assets/index.css">'),
      '/',
      () => 'a{background:url(/assets/x.png)}',
    ),
  ).toContain('<style>a{background:url(/assets/x.png)}</style>');
});

test('a page whose policy has no style-src to extend fails the build', () => {
  expect(() =>
    withInlineStylesheets(
      '<html><head><link rel="stylesheet" href="/assets/index.css"></head></html>',
      '/',
      read,
    ),
  ).toThrow(/no "style-src/);
});
