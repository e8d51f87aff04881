import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the address of the current view (the filters live in the URL). Where
 * the clipboard is missing or refused, shows the link selected to copy by hand.
 */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const href = window.location.href;
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('failed');
      requestAnimationFrame(() => {
        fieldRef.current?.select();
      });
    }
  };

  return (
    <div className="tt-share">
      <button
        type="button"
        onClick={() => {
          void copy();
        }}
      >
        {t('share.copyLink')}
      </button>
      {state === 'failed' ? (
        <label className="tt-share__fallback">
          {t('share.copyFailed')}
          <input
            ref={fieldRef}
            className="tt-input"
            type="text"
            readOnly
            value={link}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </label>
      ) : null}
      <p className="tt-share__message" aria-live="polite">
        {state === 'copied' ? t('share.copied') : ''}
      </p>
    </div>
  );
}
