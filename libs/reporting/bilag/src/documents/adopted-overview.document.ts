import { BudgetRound } from '@budgetflow/domain';
import { appendixLabel } from '../content/agreement-appendices';
import { amountSentence } from '../content/amount-sentence';
import { CommitteeGroup } from '../content/committee-groups';
import { adoptedProposals } from '../content/proposal-selection';
import { BilagDocument, Block } from '../document/bilag-document';
import { descriptions, heading, paragraph } from '../document/blocks';
import { documentHeading } from '../document/document-heading';
import { reportDocument } from '../document/report-document';
import { tableBlock } from '../document/table-blocks';
import { BilagAgreement, BilagData, BilagProposal } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { NO_ADOPTED_PROPOSALS, adoptedGroups, adoptedNote, adoptedSummaryTable, agreementSentence } from '../tables/adopted-overview.tables';

function agreementText(round: BudgetRound, agreement: BilagAgreement | null): Block {
  // Without an agreement the sentence is a notice: the bilag is not final.
  return paragraph(agreement ? 'body' : 'notice', agreementSentence(round, agreement));
}

function committeeLines(round: BudgetRound, group: CommitteeGroup<BilagProposal>): Block[] {
  return [
    heading(2, 'group', group.committee.name),
    descriptions(
      'referenced',
      group.items.map((proposal) => ({ label: proposal.content.reference, value: amountSentence(round, proposal) })),
    ),
  ];
}

/** Bilag to the budget agreement: the adopted proposals by committee, each with its decided amounts in words. */
export function adoptedOverviewDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  const title = reportTitle('vedtaget', round);
  const list: Block[] =
    adoptedProposals(data).length === 0
      ? [paragraph('body', NO_ADOPTED_PROPOSALS)]
      : [
          ...adoptedGroups(data).flatMap((group) => committeeLines(round, group)),
          tableBlock(adoptedSummaryTable(data), { keepTogether: true, spaced: true }),
          paragraph('tableNote', adoptedNote(data)),
        ];
  return reportDocument(data, {
    title,
    // With the agreement it is its numbered appendix; before, the bilag that will be.
    blocks: [
      ...documentHeading(title, data.agreement ? appendixLabel('vedtaget', round) : `Bilag til budgetaftalen for ${round.name}`),
      agreementText(round, data.agreement),
      ...list,
    ],
  });
}
