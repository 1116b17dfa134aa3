import { BudgetRound, YearTable } from '@budgetflow/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountSentence } from '../content/amount-sentence';
import { CommitteeGroup, groupByCommittee } from '../content/committee-groups';
import { decidedAmountsNote } from '../content/decided-table';
import { decidedYearTable } from '../content/decided-year-table';
import { adoptedProposals } from '../content/proposal-selection';
import { AmountTableRow, amountTable, detailRow, totalRow } from '../layout/amount-table';
import { danishIsoDate } from '../layout/danish-date';
import { joinDanish } from '../layout/danish-text';
import { documentHeading } from '../layout/document-heading';
import { bilagDocument } from '../layout/page-setup';
import { COLORS } from '../layout/styles';
import { BilagAgreement, BilagData, BilagProposal } from '../model/bilag-data';
import { reportTitle } from '../reports';

function agreementText(round: BudgetRound, agreement: BilagAgreement | null): Content {
  if (!agreement) {
    return {
      text: `${round.name} er endnu ikke vedtaget: der er ingen budgetaftale. Bilaget viser de forslag, Regionsrådet indtil nu har vedtaget.`,
      bold: true,
      color: COLORS.heading,
      style: 'paragraph',
    };
  }
  return {
    text: `Budgetaftalen for ${round.name} er indgået den ${danishIsoDate(agreement.date)} mellem ${joinDanish(agreement.parties)}. Bilaget viser de forslag, der er vedtaget med aftalen, pr. udvalg.`,
    style: 'paragraph',
  };
}

function committeeLines(round: BudgetRound, group: CommitteeGroup<BilagProposal>): Content[] {
  return [
    { text: group.committee.name, style: 'heading2' },
    ...group.items.map((proposal): Content => ({
      columns: [
        // The smaller reference is nudged down to share the sentence's baseline.
        { text: proposal.content.reference, width: 62, color: COLORS.muted, fontSize: 9, margin: [0, 1, 0, 0] },
        { text: amountSentence(round, proposal), width: '*' },
      ],
      columnGap: 6,
      margin: [0, 2, 0, 2],
    })),
  ];
}

function summaryTable(round: BudgetRound, groups: readonly CommitteeGroup<BilagProposal>[]): Content {
  const whole = decidedYearTable(round, groups.flatMap((group) => group.items));
  const cells = (table: YearTable) => whole.columns.map((column) => table.total[column.key] ?? null);
  // Each committee's row is its proposals' sum; "I alt" is the sum of all of them.
  const rows: AmountTableRow[] = groups.map((group) => detailRow([group.committee.name], cells(decidedYearTable(round, group.items))));
  rows.push(totalRow('I alt', cells(whole)));
  return {
    unbreakable: true,
    stack: [
      { text: `De vedtagne forslag i alt (${round.priceLevel}; mio. kr.)`, style: 'caption', margin: [0, 18, 0, 4] },
      amountTable({ textColumns: [{ header: 'Udvalg', width: '*' }], amountHeaders: whole.columns.map((column) => column.label), rows }),
    ],
  };
}

/** Bilag to the budget agreement: the adopted proposals by committee, each with its decided amounts in words. */
export function adoptedOverviewDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('vedtaget', round);
  const proposals = adoptedProposals(data);
  const groups = groupByCommittee(round, proposals, (proposal) => proposal.content.committee);
  const list: Content[] =
    proposals.length === 0
      ? [{ text: 'Der er ingen vedtagne forslag.', style: 'paragraph' }]
      : [
          ...groups.flatMap((group) => committeeLines(round, group)),
          summaryTable(round, groups),
          { text: `Beløbene er i mio. kr. i ${round.priceLevel}. ${decidedAmountsNote(proposals)}`, style: 'note', margin: [0, 6, 0, 0] },
        ];
  return bilagDocument(data, {
    title,
    content: [...documentHeading(title, `Bilag til budgetaftalen for ${round.name}`), agreementText(round, data.agreement), ...list],
  });
}
