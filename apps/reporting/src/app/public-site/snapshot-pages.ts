import { PROPOSAL_STATE_LABELS, danishIsoDate } from '@budgetflow/domain';
import { BilagData, BilagProposal, ReportKey, documentHtml, documentText, escapeHtml, reportDefinition } from '@budgetflow/reporting/bilag';
import { Crumb, pageHtml } from './page-frame';
import { PublicationSummary } from './publication-summary';
import { publicHref, publicPaths } from './public-paths';

/** A page or file of the public site, as stored. */
export interface SnapshotPage {
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** One entry of a publication's search index. */
export interface SearchEntry {
  readonly path: string;
  readonly kind: 'bilag' | 'forslag';
  readonly title: string;
  readonly body: string;
}

/** A publication's facts, as the snapshot needs them. */
export interface SnapshotPublication {
  readonly id: string;
  readonly roundId: string;
  readonly title: string;
  readonly date: string;
}

/** Everything a snapshot is built from: the round's data at the publication's data version, its reports and their files. */
export interface SnapshotInput {
  readonly publication: SnapshotPublication;
  readonly data: BilagData;
  /** The round-wide reports the round has at that version (the agreement's only once there is one), in the registry's order. */
  readonly reports: readonly ReportKey[];
  /** The proposals with a page of their own: the catalogue's (submitted and not withdrawn), in reference order. */
  readonly proposals: readonly BilagProposal[];
  /** The stored files by path: each report's PDF and XLSX, each proposal's fact sheet PDF. */
  readonly files: ReadonlyMap<string, { readonly contentType: string; readonly body: Buffer }>;
}

export interface Snapshot {
  readonly pages: readonly SnapshotPage[];
  readonly search: readonly SearchEntry[];
  readonly summary: PublicationSummary;
}

const HTML = 'text/html; charset=utf-8';

function html(path: string, body: string): SnapshotPage {
  return { path, contentType: HTML, body: Buffer.from(body, 'utf8') };
}

function committeesOf(input: SnapshotInput) {
  const { round } = input.data.round;
  return round.committees
    .map((committee) => ({ ...committee, proposals: input.proposals.filter((proposal) => proposal.content.committee === committee.code) }))
    .filter((committee) => committee.proposals.length > 0);
}

/**
 * A publication's pages, built once from the reports as they stand at its data version: each bilag as HTML from the
 * document model its PDF is made from (the catalogue's proposals linking to their own pages), with its PDF and XLSX;
 * a page per committee listing its proposals; a page per proposal from its fact sheet's document (text, consequence
 * table, decisions) with the fact sheet's PDF; and the search index of their titles and texts. Nothing is computed
 * here that the bilag do not compute.
 */
export function snapshotPages(input: SnapshotInput): Snapshot {
  const { publication, data } = input;
  const { round } = data.round;
  const id = publication.id;
  const context = [round.name, round.region];
  const home: Crumb = { text: 'Budgetmateriale', href: publicHref(publicPaths.site()) };
  const front: Crumb = { text: `${round.name}: ${publication.title}`, href: publicHref(publicPaths.publication(id)) };
  const proposalHref = new Map(input.proposals.map((proposal) => [proposal.content.reference, publicHref(publicPaths.proposal(id, proposal.id))]));
  const pages: SnapshotPage[] = [];
  const search: SearchEntry[] = [];
  const published = `<p class="bf-meta">Fra udgivelsen «${escapeHtml(publication.title)}», ${escapeHtml(danishIsoDate(publication.date))}.</p>`;

  for (const key of input.reports) {
    const document = reportDefinition(key).document(data, '');
    const downloads = `<ul class="bf-downloads">
<li><a href="${publicHref(publicPaths.bilagFile(id, key, 'pdf'))}" download>Hent bilaget som PDF</a></li>
<li><a href="${publicHref(publicPaths.bilagFile(id, key, 'xlsx'))}" download>Hent tabellerne som regneark (XLSX)</a></li>
</ul>`;
    const body = documentHtml(document, { proposalHref: (reference) => proposalHref.get(reference) ?? null });
    pages.push(
      html(
        publicPaths.bilag(id, key),
        pageHtml({
          title: document.title,
          context: [round.region],
          crumbs: [home, front, { text: reportDefinition(key).title }],
          main: `${published}${downloads}${body}`,
        }),
      ),
    );
    search.push({ path: publicPaths.bilag(id, key), kind: 'bilag', title: document.title, body: documentText(document) });
  }

  for (const committee of committeesOf(input)) {
    const rows = committee.proposals
      .map(
        (proposal) =>
          `<tr><th scope="row"><a href="${publicHref(publicPaths.proposal(id, proposal.id))}">${escapeHtml(proposal.content.reference)}</a></th><td>${escapeHtml(
            proposal.content.title,
          )}</td><td>${escapeHtml(PROPOSAL_STATE_LABELS[proposal.state])}</td></tr>`,
      )
      .join('');
    const main = `<h1>${escapeHtml(committee.name)}</h1>${published}
<p class="bf-lead">Udvalgets forslag i ${escapeHtml(round.name)}. Vælg et forslag for at læse det med tekst, økonomisk konsekvens og beslutninger.</p>
<div class="table--responsive-scroll bf-table" tabindex="0" role="region" aria-label="Forslag fra ${escapeHtml(committee.name)}">
<table class="table"><caption>Forslag fra ${escapeHtml(committee.name)}</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Forslag</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    pages.push(
      html(publicPaths.committee(id, committee.code), pageHtml({ title: committee.name, context, crumbs: [home, front, { text: committee.name }], main })),
    );
  }

  for (const proposal of input.proposals) {
    const document = reportDefinition('faktaark').document(data, proposal.id);
    const committee = round.committees.find((candidate) => candidate.code === proposal.content.committee);
    const crumbs: Crumb[] = [
      home,
      front,
      ...(committee ? [{ text: committee.name, href: publicHref(publicPaths.committee(id, committee.code)) }] : []),
      { text: proposal.content.reference },
    ];
    const downloads = `<ul class="bf-downloads"><li><a href="${publicHref(publicPaths.factSheet(id, proposal.id))}" download>Hent faktaarket som PDF</a></li></ul>`;
    const main = `${published}${downloads}${documentHtml(document)}`;
    pages.push(
      html(publicPaths.proposal(id, proposal.id), pageHtml({ title: `${proposal.content.reference} ${proposal.content.title}`, context, crumbs, main })),
    );
    search.push({
      path: publicPaths.proposal(id, proposal.id),
      kind: 'forslag',
      title: `${proposal.content.reference} ${proposal.content.title}`,
      body: documentText(document),
    });
  }

  for (const [path, file] of input.files) pages.push({ path, contentType: file.contentType, body: file.body });

  return {
    pages,
    search,
    summary: {
      region: round.region,
      roundName: round.name,
      bilag: input.reports.map((key) => ({ key, title: reportDefinition(key).title, description: reportDefinition(key).description })),
      committees: committeesOf(input).map((committee) => ({ code: committee.code, name: committee.name, proposals: committee.proposals.length })),
    },
  };
}
