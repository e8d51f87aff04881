import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { TreatyProgressPanel } from '@/features/treaty-progress/treaty-progress-panel';
import { Providers } from '@/app/providers';
import { createI18n } from '@/i18n/create-i18n';
import { createQueryClient } from '@/app/query-client';

import { createApi } from '../../../mocks/api/respond';
import { events } from '../../../mocks/data/events';
import { parties } from '../../../mocks/data/parties';
import { createHandlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderInEnglish } from '../../render';

function renderPanel() {
  renderInEnglish(
    <Providers
      queryClient={createQueryClient({ retry: false })}
      i18n={createI18n('en')}
    >
      <TreatyProgressPanel parties={new Map()} />
    </Providers>,
  );
}

test('over the real data it counts the signatories and the ratification steps', async () => {
  const signatories = new Set(
    events
      .filter((event) => event.type === 'signature')
      .flatMap((event) => event.parties),
  );
  const steps = events.filter((event) => event.type === 'ratification');
  expect(signatories.size).toBeGreaterThanOrEqual(72);
  renderPanel();
  expect(
    await screen.findByText(
      `Signatories (states and organisations): ${String(signatories.size)}`,
    ),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      new RegExp(`^Ratification steps reported: ${String(steps.length)}`),
    ),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('img', {
      name: /signatories and ratification steps over time/,
    }),
  ).toBeInTheDocument();
});

test('with no signature or ratification events in the API, it says so and claims nothing', async () => {
  const week = events.filter(
    (event) => event.type !== 'signature' && event.type !== 'ratification',
  );
  server.use(...createHandlers(createApi({ events: week, parties })));
  renderPanel();
  expect(
    await screen.findByText(
      'No signature or ratification step is in the data yet.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('an API failure is said in a word, leaving the alert and Retry to the page', async () => {
  server.use(
    http.get('/api/events', () =>
      HttpResponse.json(
        { error: { code: 'internal', message: 'boom' } },
        { status: 500 },
      ),
    ),
  );
  renderPanel();
  expect(
    await screen.findByText(
      'The signatures and ratification steps could not be loaded.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(
    screen.queryByRole('button', { name: 'Retry' }),
  ).not.toBeInTheDocument();
});
