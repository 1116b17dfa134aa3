import { NEGOTIATORS, ROLES } from '@budgetflow/domain';
import type { Role } from '@budgetflow/domain';

// The application's pages in one table: path, page, who may open it, its title and its navigation entry. The router,
// the navigation, the role check and the page title all read it; a page not in it is refused to everyone.

/** The pages of the signed-in application (App.tsx gives each its component). */
export type PageKey =
  | 'start'
  | 'proposals'
  | 'new-proposal'
  | 'import-proposals'
  | 'proposal'
  | 'edit-proposal'
  | 'reports'
  | 'overview'
  | 'routing'
  | 'decisions'
  | 'agreement'
  | 'packages'
  | 'package'
  | 'package-comparison'
  | 'questions'
  | 'rounds';

export interface PageEntry {
  /** The router's path ("/forslag/:id"). */
  path: string;
  page: PageKey;
  /** The roles that may open it; everyone else is told the page is not for their role. */
  roles: readonly Role[];
  /** The document title (screen readers announce it on navigation). */
  title: string;
  /** Its entry in the header's navigation, if it has one: the label, another for some roles. */
  navigation?: { label: string; labelFor?: Partial<Record<Role, string>> };
}

const EVERYONE = ROLES;

/** In the navigation's order. */
export const PAGES: readonly PageEntry[] = [
  { path: '/', page: 'start', roles: EVERYONE, title: 'Forside', navigation: { label: 'Forside' } },
  {
    path: '/forslag',
    page: 'proposals',
    roles: EVERYONE,
    title: 'Forslag',
    navigation: { label: 'Forslag', labelFor: { committee_secretariat: 'Udvalgets forslag' } },
  },
  { path: '/bilag', page: 'reports', roles: EVERYONE, title: 'Bilag', navigation: { label: 'Bilag' } },
  { path: '/spoergsmaal', page: 'questions', roles: EVERYONE, title: 'Budgetspørgsmål', navigation: { label: 'Budgetspørgsmål' } },
  { path: '/oversigt', page: 'overview', roles: ['budget_office'], title: 'Overblik', navigation: { label: 'Overblik' } },
  { path: '/behandling', page: 'routing', roles: ['budget_office'], title: 'Behandling', navigation: { label: 'Behandling' } },
  { path: '/fu', page: 'decisions', roles: ['fu_secretariat'], title: 'FU’s beslutninger', navigation: { label: 'FU’s beslutninger' } },
  { path: '/forhandling', page: 'packages', roles: NEGOTIATORS, title: 'Forhandling', navigation: { label: 'Forhandling' } },
  { path: '/vedtagelse', page: 'agreement', roles: ['rr_secretariat'], title: 'Budgetvedtagelse', navigation: { label: 'Budgetvedtagelse' } },
  { path: '/runder', page: 'rounds', roles: ['budget_office'], title: 'Budgetrunder', navigation: { label: 'Budgetrunder' } },
  // Reached from the pages above; every role may read a proposal (the services decide what each may see and do).
  { path: '/forslag/nyt', page: 'new-proposal', roles: EVERYONE, title: 'Nyt forslag' },
  { path: '/forslag/indlaes', page: 'import-proposals', roles: EVERYONE, title: 'Indlæs forslag' },
  { path: '/forslag/:id', page: 'proposal', roles: EVERYONE, title: 'Forslag' },
  { path: '/forslag/:id/rediger', page: 'edit-proposal', roles: EVERYONE, title: 'Ret forslag' },
  { path: '/forhandling/sammenlign', page: 'package-comparison', roles: NEGOTIATORS, title: 'Sammenligning af pakker' },
  { path: '/forhandling/:id', page: 'package', roles: NEGOTIATORS, title: 'Forhandlingspakke' },
];

/** The titles of pages outside sign-in (App.tsx routes them; the page after signing in again has none of its own). */
export const PUBLIC_PAGE_TITLES: Readonly<Record<string, string>> = { '/logget-ud': 'Logget ud', '/fejl': 'Fejl' };

/** The header's navigation for a role, in the table's order. */
export function navigationFor(role: Role): { path: string; label: string }[] {
  return PAGES.flatMap(({ path, roles, navigation }) =>
    navigation && roles.includes(role) ? [{ path, label: navigation.labelFor?.[role] ?? navigation.label }] : [],
  );
}

/** The entry of an address ("/forslag/3f…"): a fixed segment before a parameter, as the router ranks them. */
export function pageAt(pathname: string): PageEntry | undefined {
  const segments = split(pathname);
  const matches = PAGES.filter((entry) => {
    const pattern = split(entry.path);
    return pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index]);
  });
  const parameters = (entry: PageEntry) => split(entry.path).filter((part) => part.startsWith(':')).length;
  return matches.sort((a, b) => parameters(a) - parameters(b))[0];
}

/** May this role open the page at this address? Deny by default: an address the table does not list is no one's. */
export function pageAllowed(pathname: string, role: Role): boolean {
  return pageAt(pathname)?.roles.includes(role) ?? false;
}

/** The document title of an address. */
export function pageTitle(pathname: string): string {
  return `${pageAt(pathname)?.title ?? PUBLIC_PAGE_TITLES[pathname] ?? 'Budgetflow'} – Budgetflow`;
}

function split(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}
