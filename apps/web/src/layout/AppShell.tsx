import { useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { ApiError } from '../api/api-error';
import { RoundPicker } from '../rounds/RoundPicker';
import { SessionExpiredNotice } from '../session/SessionExpiredNotice';
import { signOut, useSession, useSessionUser } from '../session/SessionContext';
import { StatusMessage } from './Announcer';
import { navigationFor } from './page-table';
import { ProblemAlert } from './ProblemAlert';

/** Header with the person, role and committee, the navigation of the role, the round picker; then the page. */
export function AppShell() {
  const session = useSession();
  const user = useSessionUser();
  const [signOutError, setSignOutError] = useState<ApiError>();
  const expired = session.status === 'expired';
  const onSignOut = () => signOut().catch((error: unknown) => (error instanceof ApiError ? setSignOutError(error) : undefined));

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
            <div className="app-user">
              <p className="user" data-testid="bruger">
                <strong>{user.name}</strong>
                <br />
                <span data-testid="rolle">{user.roleLabel}</span>
                {user.committee ? (
                  <>
                    {' · '}
                    <span data-testid="udvalg">Udvalg {user.committee}</span>
                  </>
                ) : null}
                {user.party ? (
                  <>
                    {' · '}
                    <span data-testid="parti">{user.party}</span>
                  </>
                ) : null}
              </p>
              {!expired ? (
                <button type="button" className="button button-secondary" onClick={onSignOut}>
                  Log ud
                </button>
              ) : null}
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <RoundPicker />
          </div>
        </div>
        <nav className="nav" aria-label="Hovedmenu">
          <div className="navigation-menu">
            <div className="navigation-menu-inner container">
              <ul className="mainmenu">
                {navigationFor(user.role).map((item) => (
                  <li key={item.path}>
                    <NavLink to={item.path} end={item.path === '/'} className={({ isActive }) => `nav-link${isActive ? ' current' : ''}`}>
                      <span>{item.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </nav>
      </header>
      <div className="container page-container">
        {expired ? <SessionExpiredNotice /> : null}
        {signOutError ? <ProblemAlert error={signOutError} heading="Du blev ikke logget ud" /> : null}
        <main id="main-content" tabIndex={-1}>
          <StatusMessage />
          <Outlet />
        </main>
      </div>
      <footer className="footer">
        <div className="container">
          <p>Budgetflow · budgetforslag, behandling og bilag</p>
        </div>
      </footer>
    </>
  );
}
