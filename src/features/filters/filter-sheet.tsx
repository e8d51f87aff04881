import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** How far down the sheet's bar is dragged to close it, in CSS px. */
const SWIPE_CLOSE_PX = 60;

export type FilterSheetProps = {
  /** How many filters are on, shown on the button that opens the sheet. */
  activeCount: number;
  /** The filters themselves. */
  children: React.ReactNode;
};

/**
 * The filters on a small screen: a button saying how many are on, opening
 * them as a modal sheet (focus stays inside; Escape, its button, a tap
 * beside it or a swipe down on its bar closes it, and focus goes back to
 * the button).
 */
export function FilterSheet({ activeCount, children }: FilterSheetProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const swipeFrom = useRef<number | null>(null);
  const close = () => {
    dialog.current?.close();
  };
  return (
    <>
      <button
        type="button"
        className="tt-filters-button"
        aria-haspopup="dialog"
        aria-label={t('filters.openSheet', { count: activeCount })}
        onClick={() => dialog.current?.showModal()}
      >
        {t('filters.sheetTitle')}
        {activeCount > 0 ? (
          <span className="tt-filters-button__count">{activeCount}</span>
        ) : null}
      </button>
      <dialog
        ref={dialog}
        className="tt-sheet"
        aria-labelledby="filter-sheet-title"
        onClick={(event) => {
          // A tap on the backdrop lands on the dialog itself.
          if (event.target === event.currentTarget) close();
        }}
      >
        <div
          className="tt-sheet__bar"
          onPointerDown={(event) => {
            swipeFrom.current = event.clientY;
          }}
          onPointerUp={(event) => {
            const from = swipeFrom.current;
            swipeFrom.current = null;
            if (from !== null && event.clientY - from > SWIPE_CLOSE_PX) close();
          }}
          onPointerCancel={() => {
            swipeFrom.current = null;
          }}
        >
          <span className="tt-sheet__handle" aria-hidden="true" />
          <h2 id="filter-sheet-title">{t('filters.sheetTitle')}</h2>
          <button type="button" onClick={close}>
            {t('filters.closeSheet')}
          </button>
        </div>
        <div className="tt-sheet__body">{children}</div>
      </dialog>
    </>
  );
}
