import { Link, Route, Routes } from 'react-router';

import { ErrorBoundary } from '@/components/error-boundary';
import { SYNTHETIC_EVENTS } from '@/config/synthetic-events';

import { Dashboard } from './dashboard';
import { ThemeSwitch } from './theme-switch';

function NotFoundPage() {
  return (
    <div className="tt-status" role="alert">
      <p>There is no page at this address.</p>
      <Link to="/">Back to the timeline</Link>
    </div>
  );
}

export function App() {
  return (
    <div className="tt-app">
      <header className="tt-header">
        <div className="tt-header__bar">
          <h1>Treaty Timeline</h1>
          <div className="tt-header__controls">
            <ThemeSwitch />
            <button
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              Print
            </button>
          </div>
        </div>
        <p className="tt-header__tagline">
          The UN Convention against Cybercrime (the “Hanoi Convention”): from
          its adoption in New York and the Vietnam–Azerbaijan agreements in Baku
          to the Hanoi signing week and the meetings around it.
        </p>
        {SYNTHETIC_EVENTS > 0 ? (
          <p className="tt-banner" role="note">
            Synthetic scenario: {SYNTHETIC_EVENTS.toLocaleString('en')}{' '}
            generated events are mixed in with the real ones, for scale tests.
            Their titles begin with “Synthetic”; they never happened.
          </p>
        ) : null}
      </header>
      <main className="tt-main">
        <ErrorBoundary>
          <Routes>
            <Route path="/" element={<Dashboard />} />
            <Route path="/events/:id" element={<Dashboard />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </ErrorBoundary>
      </main>
      <footer className="tt-footer">
        Every event carries its sources and a verification label; where sources
        disagree or are missing, the event says so.
      </footer>
    </div>
  );
}
