import { screen, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { expect, test, vi } from 'vitest';

import { events } from '../../mocks/data/events';
import { catchDownloads } from '../fakes/downloads';
import { itemAt } from '../fakes/export-events';
import { renderApp } from '../render';

const VIEW = '/?party=AZ&type=state-visit&view=list';

test('Copy link puts the address of the view on the clipboard and says so', async () => {
  const { user } = renderApp(VIEW);
  await user.click(await screen.findByRole('button', { name: 'Copy link' }));

  expect(await screen.findByText('Link copied')).toBeInTheDocument();
  await expect(navigator.clipboard.readText()).resolves.toBe(
    window.location.href,
  );
  expect(window.location.href).toMatch(
    /\?party=AZ&type=state-visit&view=list$/,
  );
});

test('where the clipboard is refused, the link is offered selected to copy by hand', async () => {
  const { user } = renderApp(VIEW);
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('Write permission denied.', 'NotAllowedError'),
  );
  await user.click(await screen.findByRole('button', { name: 'Copy link' }));

  const field = await screen.findByRole('textbox', {
    name: /select and copy this link/i,
  });
  expect(field).toHaveValue(window.location.href);
  expect(field).toHaveAttribute('readonly');
  expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
});

test('Add to calendar saves the open event as a one-event calendar', async () => {
  const downloads = catchDownloads();
  const event = itemAt(
    events.filter(
      (candidate) => candidate.id === 'quang-azerbaijan-2025-10-26',
    ),
    0,
  );
  const { user } = renderApp(`/events/${event.id}?view=list`);
  const detail = await screen.findByRole('region', { name: event.title });
  await user.click(
    within(detail).getByRole('button', { name: 'Add to calendar' }),
  );

  await vi.waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const download = itemAt(downloads, 0);
  expect(download.name).toBe(`treaty-timeline-${event.id}.ics`);
  const calendar = ICAL.Component.fromString(await download.blob.text());
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const parsed = new ICAL.Event(itemAt(vevents, 0));
  expect(parsed.summary).toBe(event.title);
  expect(parsed.uid).toBe(`${event.id}@treaty-timeline`);
});
