import { BudgetRound, fagudvalg, joinDanish } from '@budgetflow/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { proposalSection } from '../content/proposal-section';
import { amountTable } from '../layout/amount-table';
import { amountText } from '../layout/amount-text';
import { danishLongDate } from '../layout/danish-date';
import { bilagDocument } from '../layout/page-setup';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { catalogueGroups, catalogueOverviewTable } from '../tables/catalogue.tables';

function titlePage(round: BudgetRound, title: string, generatedAt: Date): Content {
  return {
    stack: [
      { text: round.region, style: 'titlePageRegion', margin: [0, 170, 0, 12] },
      { text: title, style: 'titlePageTitle', margin: [0, 0, 0, 18] },
      { text: `Udvalgenes forslag til ${round.name}`, style: 'titlePageLine' },
      { text: `Alle beløb i mio. kr. i ${round.priceLevel}`, style: 'titlePageLine' },
      { text: danishLongDate(generatedAt), style: 'titlePageLine', margin: [0, 18, 0, 0] },
    ],
    pageBreak: 'after',
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

function introduction(round: BudgetRound): Content[] {
  const budgetYear = round.budgetYear;
  return [
    { text: 'Oversigt', style: 'heading1', tocItem: true, tocStyle: 'tocCommittee', tocMargin: [0, 0, 0, 2] },
    ...[
      targetSentence(round),
      'Kataloget indeholder udvalgenes forslag, som de er indsendt, med deres aktuelle status. Kladder og tilbagetrukne forslag er ikke medtaget.',
      `Oversigten viser hvert forslags virkning i budgetåret ${budgetYear}. Udvalgenes summer og «I alt» er lagt sammen af de nøjagtige beløb i forslagenes tabeller, så ingen beløb er afrundet, og de omfatter alle forslag i oversigten, også afviste. Hvad der medregnes mod rammerne, og hvilke beløb FU og RR har ændret, fremgår af rammeopfølgningen. Besparelser er negative.`,
    ]
      .filter((text): text is string => text !== null)
      .map((text): Content => ({ text, style: 'paragraph' })),
  ];
}

/** "Forslag til omstillingstemaer, Budget 2026": title page, contents, overview and one section per proposal. */
export function catalogueDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('katalog', round);
  const groups = catalogueGroups(data);
  const overview = catalogueOverviewTable(data);
  const sections = groups.flatMap((group) =>
    group.items.flatMap((proposal, index) =>
      proposalSection(round, proposal, { pageBreak: true, withIdentity: true, committeeInToc: index === 0, titleInToc: true, showDecidedTable: false }),
    ),
  );
  return bilagDocument(data, {
    title,
    plainFirstPage: true,
    content: [
      titlePage(round, title, data.generatedAt),
      { toc: { title: { text: 'Indhold', style: 'tocTitle' } }, pageBreak: 'after' },
      ...introduction(round),
      { stack: [{ text: overview.caption, style: 'caption' }, amountTable(overview.spec)] },
      ...sections,
    ],
  });
}
