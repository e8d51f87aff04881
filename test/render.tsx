import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { chooseLanguage } from '@/app/use-url-language';
import { createQueryClient } from '@/app/query-client';
import { createI18n } from '@/i18n/create-i18n';

import { i18nIn } from './i18n-instance';

/** Renders the whole app at a URL, with a fresh QueryClient that never retries. */
export function renderApp(url = '/') {
  window.history.replaceState({}, '', url);
  const queryClient = createQueryClient({ retry: false });
  return {
    user: userEvent.setup(),
    queryClient,
    ...render(
      <Providers
        queryClient={queryClient}
        i18n={i18nIn(
          chooseLanguage(window.location.search, navigator.languages),
        )}
      >
        <App />
      </Providers>,
    ),
  };
}

/** Renders a component on its own, in English. */
export function renderInEnglish(ui: React.ReactElement) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>{ui}</I18nextProvider>,
  );
}
