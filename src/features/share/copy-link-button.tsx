import { useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the address of the current view (the filters live in the URL). Where
 * the clipboard is missing or refused, shows the link selected to copy by hand.
 */
export function CopyLinkButton() {
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
        Copy link
      </button>
      {state === 'failed' ? (
        <label className="tt-share__fallback">
          Copying failed. Select and copy this link to the view:
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
        {state === 'copied' ? 'Link copied' : ''}
      </p>
    </div>
  );
}
