import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';

import { createQueryClient } from './query-client';

export type ProvidersProps = {
  children: React.ReactNode;
  /** Already in the page's language (render-app.tsx loads it first). */
  i18n: I18n;
  queryClient?: QueryClient;
  /** Rendered ahead of time (src/prerender.tsx): the URL to render. */
  location?: string;
};

export function Providers({
  children,
  i18n,
  queryClient,
  location,
}: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        {/* The browser's URL (wouter's default), read as it changes, with
            no transition: a control shows its new state at once. */}
        {location === undefined ? (
          children
        ) : (
          <Router ssrPath={location}>{children}</Router>
        )}
      </I18nextProvider>
    </QueryClientProvider>
  );
}
