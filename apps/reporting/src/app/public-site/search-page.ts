import { escapeHtml } from '@budgetflow/reporting/bilag';
import { Crumb, pageHtml } from './page-frame';
import { PublicationSummary } from './publication-summary';
import { SearchHit } from './public-site.repository';
import { publicHref, publicPaths } from './public-paths';

/** The longest search a visitor may type (the form's maxlength). */
export const MAX_SEARCH_CHARACTERS = 200;

const START = String.fromCharCode(1);
const STOP = String.fromCharCode(2);

function snippetHtml(snippet: string): string {
  // The index marks the matched words with \u0001 … \u0002: everything else is escaped first.
  return escapeHtml(snippet).split(START).join('<mark>').split(STOP).join('</mark>').replace(/\n/g, ' ');
}

/** A publication's search page: the form with the words asked for, and the bilag and proposals that match them. */
export function searchPage(publication: { id: string; title: string; summary: PublicationSummary }, words: string, hits: readonly SearchHit[]): string {
  const { summary } = publication;
  const crumbs: Crumb[] = [
    { text: 'Budgetmateriale', href: publicHref(publicPaths.site()) },
    { text: `${summary.roundName}: ${publication.title}`, href: publicHref(publicPaths.publication(publication.id)) },
    { text: 'Søg' },
  ];
  const asked = words.trim();
  const count = hits.length === 0 ? 'Ingen resultater' : hits.length === 1 ? 'Ét resultat' : `${hits.length} resultater`;
  const results = asked
    ? `<h2 id="resultater">${count} for «${escapeHtml(asked)}»</h2>
<ol class="bf-results bf-links">${hits
        .map(
          (hit) =>
            `<li><a href="${publicHref(hit.path)}">${escapeHtml(hit.title)}</a> <span class="bf-meta">(${hit.kind === 'bilag' ? 'bilag' : 'forslag'})</span><p>${snippetHtml(
              hit.snippet,
            )}</p></li>`,
        )
        .join('')}</ol>`
    : '';
  const main = `<h1>Søg i ${escapeHtml(summary.roundName)}: ${escapeHtml(publication.title)}</h1>
<form class="bf-search" role="search" action="${publicHref(publicPaths.search(publication.id))}" method="get">
<div class="form-group"><label class="form-label" for="soeg">Søg i titler og tekst</label>
<input class="form-input" id="soeg" name="q" type="search" maxlength="${MAX_SEARCH_CHARACTERS}" value="${escapeHtml(asked)}" autocomplete="off"></div>
<button class="button button-primary" type="submit">Søg</button>
</form>
${results}`;
  return pageHtml({ title: asked ? `Søgning: ${asked}` : 'Søg', context: [summary.roundName, summary.region], crumbs, main });
}
