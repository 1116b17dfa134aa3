import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { AgreementPage } from './agreement/AgreementPage';
import { DecisionsPage } from './decisions/DecisionsPage';
import { AppShell } from './layout/AppShell';
import { Loading } from './layout/Loading';
import { PublicLayout } from './layout/PublicLayout';
import { ProblemAlert } from './layout/ProblemAlert';
import { ErrorPage, NotFoundPage, SignedInAgainPage, SignedOutPage, SignInPage } from './pages/PublicPages';
import { ProposalsPage } from './pages/ProposalsPage';
import { ReportsPage } from './pages/ReportsPage';
import { RoundsPage } from './pages/RoundsPage';
import { StartPage } from './pages/StartPage';
import { OverviewPage } from './overview/OverviewPage';
import { CommitteeRoundPage } from './proposals/CommitteeRoundPage';
import { EditProposalPage } from './proposals/EditProposalPage';
import { ImportProposalsPage } from './proposals/ImportProposalsPage';
import { NewProposalPage } from './proposals/NewProposalPage';
import { ProposalPage } from './proposals/ProposalPage';
import { RoutingPage } from './routing/RoutingPage';
import { SelectedRoundProvider } from './rounds/SelectedRound';
import { RoleRoute } from './layout/RoleRoute';
import { SessionProvider, useSession, useSessionUser } from './session/SessionContext';

const TITLES: Record<string, string> = {
  '/': 'Forside',
  '/forslag': 'Forslag',
  '/bilag': 'Bilag',
  '/runder': 'Budgetrunder',
  '/oversigt': 'Overblik',
  '/behandling': 'Behandling',
  '/fu': 'FU’s beslutninger',
  '/vedtagelse': 'Budgetvedtagelse',
  '/logget-ud': 'Logget ud',
  '/fejl': 'Fejl',
};

/** The page title names the page (screen readers announce it on navigation). */
function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const proposal =
      pathname === '/forslag/nyt'
        ? 'Nyt forslag'
        : pathname === '/forslag/indlaes'
          ? 'Indlæs forslag'
          : pathname.endsWith('/rediger')
            ? 'Ret forslag'
            : pathname.startsWith('/forslag/')
              ? 'Forslag'
              : undefined;
    document.title = `${TITLES[pathname] ?? proposal ?? 'Budgetflow'} – Budgetflow`;
  }, [pathname]);
  return null;
}

export function App() {
  return (
    <SessionProvider>
      <DocumentTitle />
      <Routes>
        <Route path="/logget-ud" element={<SignedOutPage />} />
        <Route path="/logget-ind-igen" element={<SignedInAgainPage />} />
        <Route path="/fejl" element={<ErrorPage />} />
        <Route path="*" element={<SignedInArea />} />
      </Routes>
    </SessionProvider>
  );
}

/** Everything behind sign-in: the shell and its pages; the sign-in page when nobody is signed in. */
function SignedInArea() {
  const session = useSession();
  if (session.status === 'loading') {
    return (
      <PublicLayout>
        <Loading text="Henter din session …" />
      </PublicLayout>
    );
  }
  if (session.status === 'signed-out') return <SignInPage />;
  if (session.status === 'error') {
    return (
      <PublicLayout>
        <h1>Budgetflow kunne ikke startes</h1>
        <ProblemAlert error={session.error} />
      </PublicLayout>
    );
  }
  return (
    <SelectedRoundProvider>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<StartPage />} />
          <Route path="forslag" element={<ProposalsByRole />} />
          <Route path="forslag/nyt" element={<NewProposalPage />} />
          <Route path="forslag/indlaes" element={<ImportProposalsPage />} />
          <Route path="forslag/:id" element={<ProposalPage />} />
          <Route path="forslag/:id/rediger" element={<EditProposalPage />} />
          <Route path="bilag" element={<ReportsPage />} />
          <Route path="runder" element={<RoleRoute path="/runder" element={<RoundsPage />} />} />
          <Route path="oversigt" element={<RoleRoute path="/oversigt" element={<OverviewPage />} />} />
          <Route path="behandling" element={<RoleRoute path="/behandling" element={<RoutingPage />} />} />
          <Route path="fu" element={<RoleRoute path="/fu" element={<DecisionsPage />} />} />
          <Route path="vedtagelse" element={<RoleRoute path="/vedtagelse" element={<AgreementPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SelectedRoundProvider>
  );
}

/** A committee sees its round (frame, deadline, its proposals); everyone else the round's proposals. */
function ProposalsByRole() {
  return useSessionUser().role === 'committee_secretariat' ? <CommitteeRoundPage /> : <ProposalsPage />;
}
