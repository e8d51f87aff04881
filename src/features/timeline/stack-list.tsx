import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { EventButton } from '@/components/event-button';
import { collator } from '@/domain/intl-cache';
import { useLocale } from '@/i18n/use-locale';

import { stackTitle } from './cluster-text';
import type { StackItemModel } from './stacks';

export type StackListProps = {
  stack: StackItemModel;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPreview: (id: string) => void;
  onClose: () => void;
};

/**
 * The events behind a stack, opened from the timeline, by title: each opens its
 * details, and the list stays until closed (a button or Escape), so a reader
 * can go through a signing day one state at a time.
 */
export function StackList({
  stack,
  selectedId,
  onSelect,
  onPreview,
  onClose,
}: StackListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // By title, which starts with the party's name: a state is found where a
  // reader looks for it.
  const events = useMemo(
    () =>
      stack.events.toSorted((a, b) =>
        collator(locale).compare(a.title, b.title),
      ),
    [stack.events, locale],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [stack.id]);
  const heading = t('timeline.stackList', {
    title: stackTitle(stack, t),
    date: stack.dateLabel,
  });

  return (
    <section
      className="tt-stack-list"
      aria-label={heading}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="tt-stack-list__header">
        <h3 ref={headingRef} tabIndex={-1}>
          {heading}
        </h3>
        <button type="button" onClick={onClose}>
          {t('timeline.closeStack')}
        </button>
      </div>
      <ol className="tt-stack-list__events">
        {events.map((event) => (
          <li
            key={event.id}
            aria-current={event.id === selectedId ? 'true' : undefined}
          >
            <EventButton
              id={event.id}
              onSelect={onSelect}
              onPreview={onPreview}
            >
              {event.title}
            </EventButton>
            {event.verification === 'verified' ? null : (
              <span className="tt-stack-list__verification">
                {t(`verification.${event.verification}.label`)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
