import type { ReactNode } from 'react';

/** The frame of the pages shown without a session: sign-in, signed out, errors. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skipnav" href="#main-content">
        Gå til sidens indhold
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <p className="app-name">
              <a href="/">Budgetflow</a>
              <span className="app-tagline">Budgetforslag i regionen</span>
            </p>
          </div>
        </div>
      </header>
      <div className="container page-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
