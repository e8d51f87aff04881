import { useEffect, useEffectEvent } from 'react';

export type EventKeyHandlers = {
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** While an event is open: ← and → step through the events, Escape closes. */
export function useEventKeys(handlers: EventKeyHandlers) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const action = {
      ArrowLeft: handlers.onPrevious,
      ArrowRight: handlers.onNext,
      Escape: handlers.onClose,
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(function listenForEventKeys() {
    const listener = (event: KeyboardEvent) => {
      handle(event);
    };
    document.addEventListener('keydown', listener);
    return function stopListening() {
      document.removeEventListener('keydown', listener);
    };
  }, []);
}
