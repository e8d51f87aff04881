import { http, HttpResponse } from 'msw';
import { expect, test, vi } from 'vitest';

import { ApiError } from '@/api/api-error';
import { getEvents } from '@/api/events';

import { server } from '../../mocks/node';

// The schemas' chunk, loaded with the first request, fails to load (the
// network dropped, or a new release removed it).
vi.mock('@/api/schemas', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

test('a request whose schemas cannot load fails as unreachable, not as a broken answer', async () => {
  server.use(
    http.get('/api/events', () =>
      HttpResponse.json({ items: [], total: 0, nextCursor: null }),
    ),
  );
  const error: unknown = await getEvents({}).catch(
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ kind: 'network' });
});
