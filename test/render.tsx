import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';

import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';

/** Renders the whole app at a URL, with a fresh QueryClient that never retries. */
export function renderApp(url = '/') {
  window.history.replaceState({}, '', url);
  const queryClient = createQueryClient({ retry: false });
  return {
    user: userEvent.setup(),
    queryClient,
    ...render(
      <Providers queryClient={queryClient}>
        <App />
      </Providers>,
    ),
  };
}
