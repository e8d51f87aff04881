import type { PartyKind } from '@/domain/event';

// Each flag is its own small SVG file, fetched only when shown; SVG in <img>
// runs no script. Emoji flags would be lighter but Windows draws none.
const FLAG_URLS = import.meta.glob<string>(
  '../../node_modules/country-flag-icons/3x2/*.svg',
  { query: '?no-inline', import: 'default', eager: true },
);

function flagUrl(code: string): string | undefined {
  return FLAG_URLS[`../../node_modules/country-flag-icons/3x2/${code}.svg`];
}

export type FlagProps = { code: string; kind: PartyKind | undefined };

/**
 * A state's flag (or an organisation's that has one, such as the EU's), or a
 * neutral mark for another organisation or a company.
 */
export function Flag({ code, kind }: FlagProps) {
  const url = kind === 'company' ? undefined : flagUrl(code);
  if (url) {
    // Lazy: fetched as they come into view, and not preloaded by the
    // prerendered page (React would, all eighty, ahead of its scripts). Each
    // SVG is a document to the browser: in view, the eighty cost the first
    // visit a quarter of a second before the timeline's drawing, so app.css
    // leaves the image out (its box kept) until the drawing is shown.
    return (
      <span className="tt-flag">
        <img src={url} alt="" width={21} height={14} loading="lazy" />
      </span>
    );
  }
  return (
    <span
      className={`tt-flag tt-flag--${kind ?? 'unknown'}`}
      aria-hidden="true"
    >
      {kind === 'company' ? '■' : '●'}
    </span>
  );
}
