import { BudgetRound } from '@budgetflow/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountSentence } from '../content/amount-sentence';
import { CommitteeGroup } from '../content/committee-groups';
import { adoptedProposals } from '../content/proposal-selection';
import { amountTable } from '../layout/amount-table';
import { documentHeading } from '../layout/document-heading';
import { bilagDocument } from '../layout/page-setup';
import { COLORS } from '../layout/styles';
import { BilagAgreement, BilagData, BilagProposal } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { NO_ADOPTED_PROPOSALS, adoptedGroups, adoptedNote, adoptedSummaryTable, agreementSentence } from '../tables/adopted-overview.tables';

function agreementText(round: BudgetRound, agreement: BilagAgreement | null): Content {
  const text = agreementSentence(round, agreement);
  return agreement ? { text, style: 'paragraph' } : { text, bold: true, color: COLORS.heading, style: 'paragraph' };
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

function summaryTable(data: BilagData): Content {
  const table = adoptedSummaryTable(data);
  return {
    unbreakable: true,
    stack: [{ text: table.caption, style: 'caption', margin: [0, 18, 0, 4] }, amountTable(table.spec)],
  };
}

/** Bilag to the budget agreement: the adopted proposals by committee, each with its decided amounts in words. */
export function adoptedOverviewDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('vedtaget', round);
  const proposals = adoptedProposals(data);
  const groups = adoptedGroups(data);
  const list: Content[] =
    proposals.length === 0
      ? [{ text: NO_ADOPTED_PROPOSALS, style: 'paragraph' }]
      : [...groups.flatMap((group) => committeeLines(round, group)), summaryTable(data), { text: adoptedNote(data), style: 'note', margin: [0, 6, 0, 0] }];
  return bilagDocument(data, {
    title,
    content: [...documentHeading(title, `Bilag til budgetaftalen for ${round.name}`), agreementText(round, data.agreement), ...list],
  });
}
