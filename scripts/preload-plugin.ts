// The Vite plugin that lets the browser fetch the first view's code with the
// page. src/main.tsx imports the app and the timeline dynamically (so that it
// can say when they fail to load); Vite preloads such chunks only once the
// entry runs, which is after the whole prerendered page is parsed. Named in
// the head (`<link rel="modulepreload">`), they download, and compile, while
// it is.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What the plugin reads of a built chunk (Rollup's OutputChunk). */
export type BuiltChunk = {
  type: 'chunk';
  fileName: string;
  /** The modules in it (a module imported from several chunks has none as its facade). */
  moduleIds: readonly string[];
  imports: readonly string[];
  dynamicImports: readonly string[];
};

type BuiltFile = BuiltChunk | { type: 'asset'; fileName: string };

/**
 * The files (each once, a chunk before what it imports, the entry never) of the entry's
 * dynamic imports of `modules` (module paths as they end, such as
 * `src/app/render-app.tsx`), and of the chunks they import. A module the
 * entry does not import dynamically is an error: its preload would be lost
 * without a word.
 */
export function chunksToPreload(
  bundle: Readonly<Record<string, BuiltFile>>,
  entry: BuiltChunk,
  modules: readonly string[],
): string[] {
  // The entry is the page's script already.
  const files = new Set<string>([entry.fileName]);
  const add = (fileName: string) => {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk' || files.has(fileName)) return;
    files.add(fileName);
    chunk.imports.forEach(add);
  };
  for (const module of modules) {
    const fileName = entry.dynamicImports.find((name) => {
      const chunk = bundle[name];
      return (
        chunk?.type === 'chunk' &&
        chunk.moduleIds.some((id) => id.endsWith(module))
      );
    });
    if (fileName === undefined) {
      throw new Error(
        `${entry.fileName} does not import ${module} dynamically`,
      );
    }
    add(fileName);
  }
  files.delete(entry.fileName);
  return [...files];
}

/**
 * Preloads, from index.html's head, the chunks of the entry's dynamic
 * imports of `modules` (see chunksToPreload).
 */
export function preloadFirstView(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'treaty-timeline:preload-first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }): HtmlTagDescriptor[] {
        if (!bundle || !chunk) return [];
        return chunksToPreload(bundle, chunk, modules).map((fileName) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            crossorigin: true,
            href: `${base}${fileName}`,
          },
          injectTo: 'head',
        }));
      },
    },
  };
}
