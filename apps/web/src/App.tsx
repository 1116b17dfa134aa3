import { ComponentType, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { AgreementPage } from './agreement/AgreementPage';
import { DecisionsPage } from './decisions/DecisionsPage';
import { AnnouncerProvider } from './layout/Announcer';
import { AppShell } from './layout/AppShell';
import { Loading } from './layout/Loading';
import { PublicLayout } from './layout/PublicLayout';
import { ProblemAlert } from './layout/ProblemAlert';
import { ErrorPage, NotFoundPage, SignedInAgainPage, SignedOutPage, SignInPage } from './pages/PublicPages';
import { ProposalsPage } from './pages/ProposalsPage';
import { ReportsPage } from './pages/ReportsPage';
import { RoundsPage } from './pages/RoundsPage';
import { StartPage } from './pages/StartPage';
import { ComparisonPage } from './negotiation/ComparisonPage';
import { PackageEditorPage } from './negotiation/PackageEditorPage';
import { PackagesPage } from './negotiation/PackagesPage';
import { OverviewPage } from './overview/OverviewPage';
import { QuestionsPage } from './questions/QuestionsPage';
import { CommitteeRoundPage } from './proposals/CommitteeRoundPage';
import { EditProposalPage } from './proposals/EditProposalPage';
import { ImportProposalsPage } from './proposals/ImportProposalsPage';
import { NewProposalPage } from './proposals/NewProposalPage';
import { ProposalPage } from './proposals/ProposalPage';
import { RoutingPage } from './routing/RoutingPage';
import { SelectedRoundProvider } from './rounds/SelectedRound';
import { PAGES, PageKey, pageTitle } from './layout/page-table';
import { RoleRoute } from './layout/RoleRoute';
import { SessionProvider, useSession, useSessionUser } from './session/SessionContext';

/** Each page of the table as its component. */
const PAGE_COMPONENTS: Record<PageKey, ComponentType> = {
  start: StartPage,
  proposals: ProposalsByRole,
  'new-proposal': NewProposalPage,
  'import-proposals': ImportProposalsPage,
  proposal: ProposalPage,
  'edit-proposal': EditProposalPage,
  reports: ReportsPage,
  overview: OverviewPage,
  routing: RoutingPage,
  decisions: DecisionsPage,
  agreement: AgreementPage,
  packages: PackagesPage,
  package: PackageEditorPage,
  'package-comparison': ComparisonPage,
  questions: QuestionsPage,
  rounds: RoundsPage,
};

/** The page title names the page (screen readers announce it on navigation). */
function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = pageTitle(pathname);
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
      <AnnouncerProvider>
        <Routes>
          <Route element={<AppShell />}>
            {PAGES.map(({ path, page }) => {
              const Page = PAGE_COMPONENTS[page];
              const element = <RoleRoute path={path} element={<Page />} />;
              // Inside the shell the paths are relative; the start page is its index.
              return path === '/' ? <Route key={path} index element={element} /> : <Route key={path} path={path.slice(1)} element={element} />;
            })}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AnnouncerProvider>
    </SelectedRoundProvider>
  );
}

/** A committee sees its round (frame, deadline, its proposals); everyone else the round's proposals. */
function ProposalsByRole() {
  return useSessionUser().role === 'committee_secretariat' ? <CommitteeRoundPage /> : <ProposalsPage />;
}
