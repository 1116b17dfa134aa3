import { BudgetRound, danishLongDate, fagudvalg, joinDanish } from '@budgetflow/domain';
import { committeeAnchor, proposalAnchor, proposalSection } from '../content/proposal-section';
import { BilagDocument, Block, ContentsEntry } from '../document/bilag-document';
import { heading, paragraph } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { tableBlock } from '../document/table-blocks';
import { amountText } from '../layout/amount-text';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { catalogueGroups, catalogueOverviewTable } from '../tables/catalogue.tables';

const OVERVIEW_ANCHOR = 'oversigt';

function titlePage(round: BudgetRound, title: string, generatedAt: Date): Block {
  return {
    kind: 'section',
    role: 'titlePage',
    endsPage: true,
    blocks: [
      paragraph('titlePageRegion', round.region),
      heading(1, 'titlePage', title),
      paragraph('titlePageLine', `Udvalgenes forslag til ${round.name}`),
      paragraph('titlePageLine', `Alle beløb i mio. kr. i ${round.priceLevel}`),
      paragraph('titlePageDate', danishLongDate(generatedAt)),
    ],
  };
}

function targetSentence(round: BudgetRound): string | null {
  if (round.target === null) return null;
  const shares = fagudvalg(round.committees)
    .filter((committee) => round.frames[committee.code] !== undefined)
    .map((committee) => `${amountText(round.frames[committee.code] ?? null)} mio. kr. til ${committee.name}`);
  const split = shares.length > 0 ? `, fordelt med ${joinDanish(shares)}` : '';
  return `Målet for budgetrunden (råderum) er ${amountText(round.target)} mio. kr.${split}.`;
}

function introduction(round: BudgetRound): Block[] {
  const budgetYear = round.budgetYear;
  return [
    heading(2, 'part', 'Oversigt', { anchor: OVERVIEW_ANCHOR, bookmark: {} }),
    ...[
      targetSentence(round),
      'Kataloget indeholder udvalgenes forslag, som de er indsendt, med deres aktuelle status. Kladder og tilbagetrukne forslag er ikke medtaget.',
      `Oversigten viser hvert forslags virkning i budgetåret ${budgetYear}. Udvalgenes summer og «I alt» er lagt sammen af de nøjagtige beløb i forslagenes tabeller, så ingen beløb er afrundet, og de omfatter alle forslag i oversigten, også afviste. Hvad der medregnes mod rammerne, og hvilke beløb FU og RR har ændret, fremgår af rammeopfølgningen. Besparelser er negative.`,
    ]
      .filter((text): text is string => text !== null)
      .map((text) => paragraph('body', text)),
  ];
}

/** "Forslag til omstillingstemaer, Budget 2026": title page, contents, overview and one section per proposal. */
export function catalogueDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  const title = reportTitle('katalog', round);
  const groups = catalogueGroups(data);
  const entries: ContentsEntry[] = [
    { level: 1, text: 'Oversigt', anchor: OVERVIEW_ANCHOR, first: true },
    ...groups.flatMap((group) => [
      { level: 1 as const, text: group.committee.name, anchor: committeeAnchor(group.committee.code) },
      ...group.items.map((proposal) => ({ level: 2 as const, text: proposal.content.title, anchor: proposalAnchor(proposal.content.reference) })),
    ]),
  ];
  const sections = groups.flatMap((group) =>
    group.items.flatMap((proposal, index) =>
      proposalSection(round, proposal, {
        pageBreak: true,
        withIdentity: true,
        committeeInToc: index === 0,
        titleInToc: true,
        showDecidedTable: false,
        titleLevel: 3,
      }),
    ),
  );
  return reportDocument(data, {
    title,
    titlePage: true,
    blocks: [
      titlePage(round, title, data.generatedAt),
      { kind: 'section', role: 'contents', endsPage: true, blocks: [{ kind: 'contents', title: 'Indhold', entries }] },
      ...introduction(round),
      tableBlock(catalogueOverviewTable(data)),
      ...sections,
    ],
  });
}
