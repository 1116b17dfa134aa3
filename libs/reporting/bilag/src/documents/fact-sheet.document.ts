import { PROPOSAL_STATE_LABELS } from '@budgetflow/domain';
import { committeeName } from '../content/committee-groups';
import { proposalSection } from '../content/proposal-section';
import { findProposal } from '../content/proposal-selection';
import { BilagDocument } from '../document/bilag-document';
import { descriptions } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';

/** The fact sheet of one proposal: a header box, the proposal as submitted and, if amended, the decided table. */
export function factSheetDocument(data: BilagData, proposalId: string): BilagDocument {
  const { round } = data.round;
  const proposal = findProposal(data, proposalId);
  const { content } = proposal;
  return reportDocument(data, {
    title: reportTitle('faktaark', round, content.reference),
    blocks: [
      descriptions('factBox', [
        { label: 'Faktaark', value: content.reference },
        { label: 'Udvalg', value: committeeName(round, content.committee) },
        { label: 'Status', value: PROPOSAL_STATE_LABELS[proposal.state] },
      ]),
      ...proposalSection(round, proposal, {
        pageBreak: false,
        withIdentity: false,
        committeeInToc: false,
        titleInToc: false,
        showDecidedTable: true,
        titleLevel: 1,
      }),
    ],
  });
}
