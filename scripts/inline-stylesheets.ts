// The page's stylesheets, put into index.html by the prerender plugin: the
// first paint waits for them, and fetched, they came in alongside the first
// view's code (about 215 kB gzip), which slowed them. Inline, they are there
// with the page. The page's policy allows each by its hash, not every inline
// style. Each link stays, disabled (a disabled stylesheet is not fetched):
// Vite loads a lazy chunk's stylesheets, the entry's among them, unless the
// page links them already, and loaded again the entry's would come after
// the chunks' own and override them.
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
 * `page` with each `<link rel="stylesheet">` of its head whose href starts
 * with `assetsBase` disabled, after a `<style>` of the file's text
 * (`read(href)`), and the hash of each added to its policy's style-src. A
 * stylesheet that could close its element, or a page whose policy has no
 * style-src to extend, fails the build: the page would be drawn unstyled;
 * so do text its hash would not match and, with a relative base, a url().
 */
export function withInlineStylesheets(
  page: string,
  assetsBase: string,
  read: (href: string) => string,
): string {
  const hashes: string[] = [];
  const headEnd = page.indexOf('</head>');
  const head = page.slice(0, headEnd === -1 ? 0 : headEnd);
  const inlined = head.replace(STYLESHEET_LINK, (link, href: string) => {
    if (!href.startsWith(assetsBase) || href.startsWith('//')) return link;
    const css = read(href);
    if (/<\/style/i.test(css)) {
      throw new Error(`${href} could close its <style> element`);
    }
    // The browser hashes the text as parsed, its line ends made LF.
    if (/[\r\0]/.test(css)) {
      throw new Error(
        `${href} has a CR or NUL, which its hash would not match`,
      );
    }
    // Inline, a relative url() would be read from the page's URL.
    if (!assetsBase.startsWith('/') && /url\(/i.test(css)) {
      throw new Error(`${href} has a url() that a relative base would break`);
    }
    hashes.push(styleHash(css));
    return `<style>${css}</style>${link.replace(/>$/, ' disabled>')}`;
  });
  if (hashes.length === 0) return page;
  if (!inlined.includes(STYLE_SRC)) {
    throw new Error(`the page's policy has no "${STYLE_SRC}" to extend`);
  }
  const allowed = hashes.map((hash) => ` &#39;${hash}&#39;`).join('');
  return (
    inlined.replace(STYLE_SRC, () => `${STYLE_SRC}${allowed}`) +
    page.slice(head.length)
  );
}
