import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';

import { ErrorBoundary } from '@/components/error-boundary';
import { SYNTHETIC_EVENTS } from '@/config/synthetic-events';

import { Dashboard } from './dashboard';
import { EVENT_PATH } from './use-selection';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="tt-status" role="alert">
      <p>{t('app.notFound')}</p>
      <Link href="/">{t('app.backToTimeline')}</Link>
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <div className="tt-app">
      <header className="tt-header">
        <div className="tt-header__bar">
          <h1>{t('app.title')}</h1>
          <div className="tt-header__controls">
            <LanguageSwitch />
            <ThemeSwitch />
            <button
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              {t('app.print')}
            </button>
          </div>
        </div>
        <p className="tt-header__tagline">{t('app.tagline')}</p>
        {SYNTHETIC_EVENTS > 0 ? (
          <p className="tt-banner" role="note">
            {t('app.synthetic', { count: SYNTHETIC_EVENTS })}
          </p>
        ) : null}
      </header>
      <main className="tt-main">
        <ErrorBoundary>
          {/* One Dashboard for both paths: opening an event keeps it (and
              its drawn timeline). */}
          <Switch>
            <Route path="/">
              <Dashboard />
            </Route>
            <Route path={EVENT_PATH}>
              <Dashboard />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </ErrorBoundary>
      </main>
      <footer className="tt-footer">{t('app.footer')}</footer>
    </div>
  );
}
