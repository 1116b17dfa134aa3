import type { Role } from '@budgetflow/domain';

export interface NavigationItem {
  path: string;
  label: string;
  /** The roles that use this page; the navigation shows a person only theirs. */
  roles: readonly Role[];
  /** Another label for some roles, e.g. a committee's own proposals. */
  labelFor?: Partial<Record<Role, string>>;
}

const EVERYONE: readonly Role[] = ['committee_secretariat', 'budget_office', 'fu_secretariat', 'rr_secretariat', 'reader'];

/** The application's pages and who uses each: one table, read by the navigation and the tests. */
export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/', label: 'Forside', roles: EVERYONE },
  { path: '/forslag', label: 'Forslag', roles: EVERYONE, labelFor: { committee_secretariat: 'Udvalgets forslag' } },
  { path: '/bilag', label: 'Bilag', roles: EVERYONE },
  { path: '/oversigt', label: 'Overblik', roles: ['budget_office'] },
  { path: '/behandling', label: 'Behandling', roles: ['budget_office'] },
  { path: '/fu', label: 'FU’s beslutninger', roles: ['fu_secretariat'] },
  { path: '/vedtagelse', label: 'Budgetvedtagelse', roles: ['rr_secretariat'] },
  { path: '/runder', label: 'Budgetrunder', roles: ['budget_office'] },
];

export function navigationFor(role: Role): { path: string; label: string }[] {
  return NAVIGATION.filter((item) => item.roles.includes(role)).map((item) => ({ path: item.path, label: item.labelFor?.[role] ?? item.label }));
}

/** May this role open the page at path? Pages not in the table are open to everyone signed in. */
export function pageAllowed(path: string, role: Role): boolean {
  const item = NAVIGATION.find((entry) => entry.path === path);
  return !item || item.roles.includes(role);
}
