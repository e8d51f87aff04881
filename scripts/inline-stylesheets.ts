// The page's stylesheets, put into index.html by the prerender plugin: the
// first paint waits for them, and fetched, they came in alongside the first
// view's code (about 215 kB gzip), which slowed them. Inline, they are there
// with the page. The page's policy allows each by its hash, not every inline
// style.
import { createHash } from 'node:crypto';

const STYLESHEET_LINK =
  /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g;
/** The policy's style-src as the built page writes it (its quotes escaped). */
const STYLE_SRC = 'style-src &#39;self&#39;';

/** The value CSP's style-src gives an inline style: the hash of its text. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/**
 * `page` with each `<link rel="stylesheet">` whose href starts with
 * `assetsBase` replaced by a `<style>` of the file's text (`read(href)`),
 * and the hash of each added to its policy's style-src. A stylesheet that
 * could close its element, or a page whose policy has no style-src to
 * extend, fails the build: the page would be drawn unstyled.
 */
export function withInlineStylesheets(
  page: string,
  assetsBase: string,
  read: (href: string) => string,
): string {
  const hashes: string[] = [];
  const inlined = page.replace(STYLESHEET_LINK, (link, href: string) => {
    if (!href.startsWith(assetsBase)) return link;
    const css = read(href);
    if (/<\/style/i.test(css)) {
      throw new Error(`${href} could close its <style> element`);
    }
    hashes.push(styleHash(css));
    return `<style>${css}</style>`;
  });
  if (hashes.length === 0) return page;
  if (!inlined.includes(STYLE_SRC)) {
    throw new Error(`the page's policy has no "${STYLE_SRC}" to extend`);
  }
  const allowed = hashes.map((hash) => ` &#39;${hash}&#39;`).join('');
  return inlined.replace(STYLE_SRC, () => `${STYLE_SRC}${allowed}`);
}
