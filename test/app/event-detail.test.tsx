import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { eventQueries } from '@/api/event-queries';

import { events } from '../../mocks/data/events';
import { server } from '../../mocks/node';
import { renderApp } from '../render';

function realEvent(id: string) {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no real event ${id}`);
  return event;
}

const AZERBAIJAN_MEETING = realEvent('quang-azerbaijan-2025-10-26');

async function openDetail(title: string) {
  return screen.findByRole('region', { name: title });
}

test('the detail shows who met, what was signed, caveats and sources', async () => {
  renderApp(`/events/${AZERBAIJAN_MEETING.id}`);
  const detail = await openDetail(AZERBAIJAN_MEETING.title);
  const people = await within(detail).findByRole('region', {
    name: 'Who took part',
  });
  expect(within(people).getByText('Ali Naghiyev')).toBeInTheDocument();
  expect(within(people).getByText('Lương Tam Quang')).toBeInTheDocument();
  const documents = within(detail).getByRole('region', {
    name: 'What was signed or agreed',
  });
  expect(documents).toHaveTextContent(/signed/);
  const caveats = within(detail).getByRole('region', {
    name: 'Caveats and conflicts',
  });
  expect(within(caveats).getAllByRole('listitem')).toHaveLength(
    AZERBAIJAN_MEETING.notes.length,
  );
  const sources = within(detail).getByRole('region', { name: 'Sources' });
  const links = within(sources).getAllByRole('link');
  expect(links).toHaveLength(AZERBAIJAN_MEETING.sources.length);
  for (const [index, link] of links.entries()) {
    expect(link).toHaveAttribute(
      'href',
      AZERBAIJAN_MEETING.sources[index]?.url,
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  expect(within(sources).getAllByText(/Vietnamese/).length).toBeGreaterThan(0);
});

test('a signature names its signatory', async () => {
  const brazil = realEvent('signature-br-2025-10-25');
  renderApp(`/events/${brazil.id}`);
  const detail = await openDetail(brazil.title);
  expect(within(detail).getByText('Signature')).toBeInTheDocument();
  const people = await within(detail).findByRole('region', {
    name: 'Who took part',
  });
  const signer = within(people).getByRole('listitem');
  expect(signer).toHaveTextContent('Andrei Passos Rodrigues');
  expect(signer).toHaveTextContent('Signatory');
  expect(signer).toHaveTextContent('(Brazil)');
});

test('a day the sources do not settle says so', async () => {
  const sweden = realEvent('signature-se-2025-10-25-to-2025-10-26');
  renderApp(`/events/${sweden.id}`);
  const when = within(await openDetail(sweden.title)).getAllByRole(
    'definition',
  )[0];
  expect(when).toHaveTextContent('(one day, not known which)');
});

test('a meeting at which an agreement was signed is shown as both', async () => {
  const poland = realEvent('quang-poland-2025-10-27');
  renderApp(`/events/${poland.id}`);
  const detail = await openDetail(poland.title);
  expect(
    within(detail).getByText('Bilateral meeting; also Agreement'),
  ).toBeInTheDocument();
});

test('a decision with a venue and no city shows both parts it has', async () => {
  const council = realEvent('eu-council-authorises-signature-2025-10-13');
  renderApp(`/events/${council.id}`);
  const where = within(await openDetail(council.title)).getAllByRole(
    'definition',
  )[1];
  expect(where).toHaveTextContent(
    'Council of the European Union, European Union',
  );
  expect(where).not.toHaveTextContent(', ,');
  expect(where).not.toHaveTextContent('(no venue given)');
});

test('with neither venue nor city, the place is who acted, and says so', async () => {
  const qatar = realEvent('qatar-ratifies-2026-02');
  renderApp(`/events/${qatar.id}`);
  const qatarWhere = within(await openDetail(qatar.title)).getAllByRole(
    'definition',
  )[1];
  expect(qatarWhere).toHaveTextContent(/^Qatar \(no venue given\)$/);
});

test('a timed event also shows the time on the viewer’s clock', async () => {
  const opening = realEvent('hanoi-convention-opening-2025-10-25');
  renderApp(`/events/${opening.id}`);
  const detail = await openDetail(opening.title);
  const when = within(detail).getAllByRole('definition')[0];
  expect(when).toHaveTextContent('09:00');
  expect(when).toHaveTextContent('(your time)');
});

test('a source whose URL is not https is shown as text, never as a link', async () => {
  server.use(
    http.get(`/api/events/${AZERBAIJAN_MEETING.id}`, () =>
      HttpResponse.json({
        ...AZERBAIJAN_MEETING,
        sources: [
          {
            id: 'bad',
            title: 'A hostile source',
            publisher: 'Nobody',
            url: 'javascript:alert(1)',
            language: 'en',
          },
        ],
        quotes: [],
      }),
    ),
  );
  renderApp(`/events/${AZERBAIJAN_MEETING.id}`);
  const sources = await screen.findByRole('region', { name: 'Sources' });
  expect(within(sources).queryByRole('link')).not.toBeInTheDocument();
  expect(sources).toHaveTextContent('javascript:alert(1): not a secure link');
});

test('related events link to each other, keeping the filters', async () => {
  const { user } = renderApp(`/events/${AZERBAIJAN_MEETING.id}?party=AZ`);
  const related = await screen.findByRole('region', { name: 'Related events' });
  const baku = realEvent('mps-az-baku-agreements-2025-05');
  await user.click(
    await within(related).findByRole('link', { name: baku.title }),
  );
  expect(window.location.pathname).toBe(`/events/${baku.id}`);
  expect(window.location.search).toBe('?party=AZ');
  const back = await screen.findByRole('region', { name: 'Related events' });
  expect(
    await within(back).findByRole('link', { name: AZERBAIJAN_MEETING.title }),
  ).toBeInTheDocument();
});

test('previous, next and the arrow keys walk the filtered events; Escape closes', async () => {
  const { user } = renderApp('/?party=AZ');
  const table = await screen.findByRole('table', {
    name: /events in time order \(8\)/i,
  });
  const titles = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('button').textContent);
  const [first = '', second = '', third = ''] = titles;
  await user.click(within(table).getByRole('button', { name: first }));
  const detail = await openDetail(first);
  expect(
    within(detail).getByRole('button', { name: /previous/i }),
  ).toBeDisabled();
  await user.click(within(detail).getByRole('button', { name: /next/i }));
  await openDetail(second);
  await user.keyboard('{ArrowRight}');
  await openDetail(third);
  await user.keyboard('{ArrowLeft}');
  await openDetail(second);
  expect(window.location.search).toBe('?party=AZ');
  await user.keyboard('{Escape}');
  await waitFor(() => {
    expect(window.location.pathname).toBe('/');
  });
  expect(window.location.search).toBe('?party=AZ');
});

test('Back leaves the open event', async () => {
  const { user } = renderApp('/');
  await user.click(
    await screen.findByRole('button', { name: AZERBAIJAN_MEETING.title }),
  );
  await openDetail(AZERBAIJAN_MEETING.title);
  window.history.back();
  await waitFor(() => {
    expect(window.location.pathname).toBe('/');
  });
  expect(
    screen.queryByRole('region', { name: AZERBAIJAN_MEETING.title }),
  ).not.toBeInTheDocument();
});

test('hovering a row fetches its details, so opening shows no spinner', async () => {
  const { user, queryClient } = renderApp('/');
  const row = await screen.findByRole('button', {
    name: AZERBAIJAN_MEETING.title,
  });
  await user.hover(row);
  await waitFor(() => {
    expect(
      queryClient.getQueryData(
        eventQueries.detail(AZERBAIJAN_MEETING.id).queryKey,
      ),
    ).toBeDefined();
  });
  await user.click(row);
  const detail = await openDetail(AZERBAIJAN_MEETING.title);
  expect(within(detail).queryByRole('status')).not.toBeInTheDocument();
  expect(
    within(detail).getByRole('region', { name: 'Who took part' }),
  ).toBeInTheDocument();
});

test('a failed detail request offers a retry and leaves the page working', async () => {
  server.use(
    http.get(
      `/api/events/${AZERBAIJAN_MEETING.id}`,
      () => HttpResponse.error(),
      {
        once: true,
      },
    ),
  );
  const { user } = renderApp(`/events/${AZERBAIJAN_MEETING.id}`);
  expect(
    await screen.findByRole('table', { name: /events in time order/i }),
  ).toBeInTheDocument();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/could not reach the events api/i);
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(
    await screen.findByRole('region', { name: 'Who took part' }),
  ).toBeInTheDocument();
});
