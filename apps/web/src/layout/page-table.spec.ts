import { ROLES } from '@budgetflow/domain';
import { PAGES, navigationFor, pageAllowed, pageAt, pageTitle } from './page-table';

// The application's pages in one table, deny by default (docs/web.md, «The application»).

describe('the page table', () => {
  it('refuses a page without an entry to every role', () => {
    for (const path of ['/ny-side', '/admin', '/forslag/1/slet', '/oversigt/hemmelig']) {
      expect(ROLES.filter((role) => pageAllowed(path, role))).toEqual([]);
    }
  });

  it('opens each page to its roles only', () => {
    expect(ROLES.filter((role) => pageAllowed('/oversigt', role))).toEqual(['budget_office']);
    expect(ROLES.filter((role) => pageAllowed('/fu', role))).toEqual(['fu_secretariat']);
    expect(ROLES.filter((role) => pageAllowed('/vedtagelse', role))).toEqual(['rr_secretariat']);
    // The packages are confidential to the negotiators until the agreement; the comparison is not a package's id.
    expect(ROLES.filter((role) => pageAllowed('/forhandling/3f', role))).toEqual(['budget_office', 'rr_secretariat']);
    expect(pageAt('/forhandling/sammenlign')?.page).toBe('package-comparison');
    expect(ROLES.filter((role) => pageAllowed('/bilag', role))).toEqual([...ROLES]);
  });

  it('gives a member of the regional council the pages and navigation a reader has', () => {
    const pagesOf = (role: 'reader' | 'politician') => PAGES.filter((entry) => entry.roles.includes(role)).map((entry) => entry.path);
    expect(pagesOf('politician')).toEqual(pagesOf('reader'));
    expect(navigationFor('politician')).toEqual(navigationFor('reader'));
  });

  it('finds a page by its address: a fixed segment before a parameter', () => {
    expect(pageAt('/forslag/nyt')?.page).toBe('new-proposal');
    expect(pageAt('/forslag/indlaes')?.page).toBe('import-proposals');
    expect(pageAt('/forslag/0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b')?.page).toBe('proposal');
    expect(pageAt('/forslag/0f8e4b2a/rediger')?.page).toBe('edit-proposal');
    expect(pageAt('/')?.page).toBe('start');
    expect(pageAt('/forslag/')?.page).toBe('proposals');
  });

  it('lists each path and page once', () => {
    expect(new Set(PAGES.map((entry) => entry.path)).size).toBe(PAGES.length);
    expect(new Set(PAGES.map((entry) => entry.page)).size).toBe(PAGES.length);
  });

  it('gives each role the navigation the browser tests expect', () => {
    const labels = (role: (typeof ROLES)[number]) => navigationFor(role).map((item) => item.label);
    expect(labels('committee_secretariat')).toEqual(['Forside', 'Udvalgets forslag', 'Bilag', 'Budgetspørgsmål']);
    expect(labels('budget_office')).toEqual(['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'Overblik', 'Behandling', 'Forhandling', 'Budgetrunder']);
    expect(labels('fu_secretariat')).toEqual(['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'FU’s beslutninger']);
    expect(labels('rr_secretariat')).toEqual(['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'Forhandling', 'Budgetvedtagelse']);
    expect(labels('reader')).toEqual(['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål']);
  });

  it('names every page in the document title', () => {
    expect(pageTitle('/fu')).toBe('FU’s beslutninger – Budgetflow');
    expect(pageTitle('/forslag/3f/rediger')).toBe('Ret forslag – Budgetflow');
    expect(pageTitle('/logget-ud')).toBe('Logget ud – Budgetflow');
    expect(pageTitle('/ukendt')).toBe('Budgetflow – Budgetflow');
  });
});
