import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { numberFormat } from '@/domain/intl-cache';
import { useLocale } from '@/i18n/use-locale';

import type { MapState } from './to-map-states';

export type MapStateListProps = {
  states: readonly MapState[];
  onToggle: (code: string) => void;
};

/**
 * The map's states as a table, for screen readers and for anyone who would
 * rather read: each with its count and a toggle button, sorted by name.
 * Its rows exist only while it is open, so a filter change redraws less.
 */
export function MapStateList({ states, onToggle }: MapStateListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [isOpen, setIsOpen] = useState(false);
  const format = numberFormat(locale, {});
  const sorted = isOpen
    ? states.toSorted((a, b) => a.name.localeCompare(b.name, locale))
    : [];
  return (
    <details
      className="tt-map__list"
      open={isOpen}
      onToggle={(event) => {
        setIsOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('map.asList', { count: states.length })}</summary>
      {!isOpen ? null : sorted.length === 0 ? (
        <p className="tt-muted">{t('map.noStates')}</p>
      ) : (
        <table className="tt-list">
          <caption>{t('map.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('map.listState')}</th>
              <th scope="col">{t('map.listEvents')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((state) => (
              <tr key={state.code}>
                <th scope="row">
                  <button
                    type="button"
                    className="tt-map__toggle"
                    aria-pressed={state.isSelected}
                    onClick={() => {
                      onToggle(state.code);
                    }}
                  >
                    {state.name}
                  </button>
                </th>
                <td>{format.format(state.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
