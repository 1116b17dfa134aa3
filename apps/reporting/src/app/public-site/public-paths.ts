import { ReportKey } from '@budgetflow/reporting/bilag';

/** Where the gateway serves the public site; every link of a page is written under it. */
export const PUBLIC_BASE = '/offentligt';

/**
 * The public site's paths, relative to PUBLIC_BASE: the key a page is stored and looked up under. A publication's
 * pages all lie under its own id, so an earlier publication keeps its pages when a later one replaces it.
 */
export const publicPaths = {
  site: () => '',
  stylesheet: () => 'offentligt.css',
  round: (roundId: string) => `runder/${roundId}`,
  publication: (publicationId: string) => `udgivelser/${publicationId}`,
  bilag: (publicationId: string, key: ReportKey) => `udgivelser/${publicationId}/bilag/${key}`,
  bilagFile: (publicationId: string, key: ReportKey, format: 'pdf' | 'xlsx') => `udgivelser/${publicationId}/bilag/${key}.${format}`,
  committee: (publicationId: string, code: string) => `udgivelser/${publicationId}/udvalg/${encodeURIComponent(code)}`,
  proposal: (publicationId: string, proposalId: string) => `udgivelser/${publicationId}/forslag/${proposalId}`,
  factSheet: (publicationId: string, proposalId: string) => `udgivelser/${publicationId}/forslag/${proposalId}/faktaark.pdf`,
  search: (publicationId: string) => `udgivelser/${publicationId}/soeg`,
};

/** The address of a public path as a page links to it. */
export function publicHref(path: string): string {
  return path === '' ? PUBLIC_BASE : `${PUBLIC_BASE}/${path}`;
}

/** The front pages (the site's, a round's, a publication's) change when a publication is added; the rest never do. */
export function isFrontPage(path: string): boolean {
  return path === '' || /^runder\/[^/]+$/.test(path) || /^udgivelser\/[^/]+$/.test(path);
}
