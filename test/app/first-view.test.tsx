import { hashKey } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';

import { fetchFirstView } from '@/app/first-view';
import { isPageData } from '@/app/page-data';
import { createQueryClient } from '@/app/query-client';

import { renderApp } from '../render';

test('the build answers exactly what the dashboard asks for its first view at /', async () => {
  const { queryClient } = renderApp('/');
  await screen.findByRole('table', { name: /events in time order/i });
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
  });
  const asked = queryClient
    .getQueryCache()
    .findAll({ predicate: isPageData })
    .map((query) => query.queryHash);

  const answered = createQueryClient({ retry: false });
  await fetchFirstView(answered);
  const embedded = answered
    .getQueryCache()
    .getAll()
    .map((query) => hashKey(query.queryKey));

  expect(embedded.toSorted()).toEqual(asked.toSorted());
});
