import { danishIsoDate, danishLongDateTime } from '@budgetflow/domain';
import { escapeHtml } from '@budgetflow/reporting/bilag';
import { Crumb, pageHtml } from './page-frame';
import { ReadyPublication } from './publication-summary';
import { publicHref, publicPaths } from './public-paths';
import { SnapshotPage } from './snapshot-pages';

const HTML = 'text/html; charset=utf-8';
const home: Crumb = { text: 'Budgetmateriale', href: publicHref(publicPaths.site()) };

function page(path: string, body: string): SnapshotPage {
  return { path, contentType: HTML, body: Buffer.from(body, 'utf8') };
}

/** A round's publications, newest first: the first is its current one. */
function byRound(publications: readonly ReadyPublication[]): Map<string, ReadyPublication[]> {
  const rounds = new Map<string, ReadyPublication[]>();
  const newestFirst = [...publications].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id.localeCompare(a.id));
  for (const publication of newestFirst) rounds.set(publication.roundId, [...(rounds.get(publication.roundId) ?? []), publication]);
  return rounds;
}

function searchForm(publication: ReadyPublication): string {
  return `<form class="bf-search" role="search" action="${publicHref(publicPaths.search(publication.id))}" method="get">
<div class="form-group"><label class="form-label" for="soeg">Søg i materialet</label>
<input class="form-input" id="soeg" name="q" type="search" maxlength="200" autocomplete="off"></div>
<button class="button button-primary" type="submit">Søg</button>
</form>`;
}

function publicationMain(publication: ReadyPublication, all: readonly ReadyPublication[], asRoundPage: boolean): string {
  const { summary } = publication;
  const current = all[0];
  const isCurrent = current?.id === publication.id;
  const status = isCurrent
    ? `<p class="bf-lead">Udgivet ${escapeHtml(danishIsoDate(publication.date))}. Det er rundens aktuelle udgivelse.</p>`
    : `<div class="alert alert-info" role="note"><div class="alert-body"><p class="alert-text">Denne udgivelse er erstattet af «${escapeHtml(
        current?.title ?? '',
      )}» (${escapeHtml(danishIsoDate(current?.date ?? ''))}). <a href="${publicHref(publicPaths.round(publication.roundId))}">Gå til rundens aktuelle udgivelse</a>.</p></div></div>
<p class="bf-lead">Udgivet ${escapeHtml(danishIsoDate(publication.date))}.</p>`;
  const bilag = summary.bilag
    .map(
      (report) => `<li><a href="${publicHref(publicPaths.bilag(publication.id, report.key))}">${escapeHtml(report.title)}</a>
<span class="bf-meta">: ${escapeHtml(report.description)}</span>
(<a href="${publicHref(publicPaths.bilagFile(publication.id, report.key, 'pdf'))}" download aria-label="${escapeHtml(report.title)} som PDF">PDF</a>,
<a href="${publicHref(publicPaths.bilagFile(publication.id, report.key, 'xlsx'))}" download aria-label="${escapeHtml(report.title)} som regneark">XLSX</a>)</li>`,
    )
    .join('');
  const committees = summary.committees
    .map(
      (committee) =>
        `<li><a href="${publicHref(publicPaths.committee(publication.id, committee.code))}">${escapeHtml(committee.name)}</a> <span class="bf-meta">(${
          committee.proposals === 1 ? 'ét forslag' : `${committee.proposals} forslag`
        })</span></li>`,
    )
    .join('');
  const earlier = all.filter((candidate) => candidate.id !== publication.id);
  const others = earlier.length
    ? `<h2>${asRoundPage || !isCurrent ? 'Andre udgivelser af runden' : 'Tidligere udgivelser'}</h2><ul class="bf-links">${earlier
        .map((other, index) => {
          const replacedBy = all[all.indexOf(other) - 1];
          const note = index === 0 && other.id === current?.id ? 'den aktuelle' : replacedBy ? `erstattet af «${escapeHtml(replacedBy.title)}»` : '';
          return `<li><a href="${publicHref(publicPaths.publication(other.id))}">${escapeHtml(other.title)}</a> <span class="bf-meta">(${escapeHtml(
            danishIsoDate(other.date),
          )}${note ? `; ${note}` : ''})</span></li>`;
        })
        .join('')}</ul>`
    : '';
  return `<h1>${escapeHtml(summary.roundName)}: ${escapeHtml(publication.title)}</h1>
${status}
${searchForm(publication)}
<h2>Bilag</h2>
<ul class="bf-links">${bilag}</ul>
<h2>Forslag pr. udvalg</h2>
<ul class="bf-links">${committees}</ul>
<section class="bf-questions" aria-labelledby="budgetspoergsmaal">
<h2 id="budgetspoergsmaal">Svar på budgetspørgsmål</h2>
${questionsParagraph(publication, summary.bilag)}
</section>
${others}
<p class="bf-meta">Udgivet i Budgetflow ${escapeHtml(danishLongDateTime(publication.publishedAt))}.</p>`;
}

/** The approved answers are the appendix «Svar på budgetspørgsmål»: a link to it, or why the publication has none. */
function questionsParagraph(publication: ReadyPublication, bilag: ReadyPublication['summary']['bilag']): string {
  const answers = bilag.find((report) => report.key === 'budgetspoergsmaal');
  if (!answers) return '<p>Udgivelsen har ingen godkendte svar på budgetspørgsmål.</p>';
  return `<p>Medlemmernes spørgsmål og administrationens godkendte svar står i bilaget <a href="${publicHref(
    publicPaths.bilag(publication.id, answers.key),
  )}">${escapeHtml(answers.title)}</a>, grupperet efter, hvem der svarede.</p>`;
}

/**
 * The front pages from the ready publications: the site's (every round with a ready publication and its current
 * one), each round's (its current publication, and the earlier ones listed), and each publication's own (which, once
 * replaced, says by what). Rebuilt whenever a publication becomes ready; a round without one has no page.
 */
export function frontPages(publications: readonly ReadyPublication[]): SnapshotPage[] {
  const rounds = byRound(publications);
  const pages: SnapshotPage[] = [];
  const roundItems: string[] = [];
  for (const [roundId, all] of rounds) {
    const current = all[0] as ReadyPublication;
    const context = [current.summary.roundName, current.summary.region];
    roundItems.push(
      `<li><a href="${publicHref(publicPaths.round(roundId))}">${escapeHtml(current.summary.roundName)}</a> <span class="bf-meta">(${escapeHtml(
        current.summary.region,
      )}): ${escapeHtml(current.title)}, ${escapeHtml(danishIsoDate(current.date))}</span></li>`,
    );
    pages.push(
      page(
        publicPaths.round(roundId),
        pageHtml({ title: current.title, context, crumbs: [home, { text: current.summary.roundName }], main: publicationMain(current, all, true) }),
      ),
    );
    for (const publication of all) {
      const crumbs: Crumb[] = [home, { text: current.summary.roundName, href: publicHref(publicPaths.round(roundId)) }, { text: publication.title }];
      pages.push(
        page(publicPaths.publication(publication.id), pageHtml({ title: publication.title, context, crumbs, main: publicationMain(publication, all, false) })),
      );
    }
  }
  const main = `<h1>Budgetmateriale</h1>
<p class="bf-lead">Regionens udgivne budgetmateriale: bilagene som websider, PDF og regneark, med hvert udvalgs forslag.</p>
${roundItems.length ? `<h2>Budgetrunder</h2><ul class="bf-links">${roundItems.join('')}</ul>` : '<p>Der er endnu ikke udgivet noget materiale.</p>'}`;
  pages.push(page(publicPaths.site(), pageHtml({ title: 'Budgetmateriale', context: [], crumbs: [], main })));
  return pages;
}
