import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';

import { TreatyProgressPanel } from '@/features/treaty-progress/treaty-progress-panel';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';

import { server } from '../../../mocks/node';
import { renderInEnglish } from '../../render';

function renderPanel() {
  renderInEnglish(
    <Providers queryClient={createQueryClient({ retry: false })}>
      <TreatyProgressPanel parties={new Map()} />
    </Providers>,
  );
}

test('with no signature or ratification events in the API, it says so and claims nothing', async () => {
  renderPanel();
  expect(
    await screen.findByText(
      'No signature or ratification step is in the data yet.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('an API failure says what failed and offers Retry', async () => {
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
  expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
});
