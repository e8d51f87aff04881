import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';

import { chooseLanguage } from './use-url-language';
import { createI18n } from '@/i18n/create-i18n';

import { createQueryClient } from './query-client';

export type ProvidersProps = {
  children: React.ReactNode;
  queryClient?: QueryClient;
};

export function Providers({ children, queryClient }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The first render is already in the URL's language, or else the browser's.
  const [i18n] = useState(() =>
    createI18n(chooseLanguage(window.location.search, navigator.languages)),
  );
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        {/* The filters live in the URL, and a control must show its new state
            at once: a transition would put the old one back until it commits. */}
        <BrowserRouter useTransitions={false}>{children}</BrowserRouter>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
