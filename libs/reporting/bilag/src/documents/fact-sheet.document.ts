import { PROPOSAL_STATE_LABELS } from '@budgetflow/domain';
import { committeeName } from '../content/committee-groups';
import { decisionsOnRecord, lapseReasonOf } from '../content/decision-record';
import { proposalSection } from '../content/proposal-section';
import { findProposal } from '../content/proposal-selection';
import { BilagDocument } from '../document/bilag-document';
import { descriptions, heading } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';

/**
 * The fact sheet of one proposal: a header box (and why it lapsed, for a lapsed proposal), the proposal as
 * submitted and, if amended, the decided table, then FU's and RR's decisions with their text.
 */
export function factSheetDocument(data: BilagData, proposalId: string): BilagDocument {
  const { round } = data.round;
  const proposal = findProposal(data, proposalId);
  const { content } = proposal;
  const lapsed = lapseReasonOf(proposal);
  const decisions = decisionsOnRecord(proposal);
  return reportDocument(data, {
    title: reportTitle('faktaark', round, content.reference),
    blocks: [
      descriptions('factBox', [
        { label: 'Faktaark', value: content.reference },
        { label: 'Udvalg', value: committeeName(round, content.committee) },
        { label: 'Status', value: PROPOSAL_STATE_LABELS[proposal.state] },
      ]),
      // Below the box (three values side by side): a sentence needs the page's width.
      ...(lapsed ? [descriptions('facts', [{ label: 'Hvorfor bortfaldet', value: lapsed }])] : []),
      ...proposalSection(round, proposal, {
        pageBreak: false,
        withIdentity: false,
        committeeInToc: false,
        titleInToc: false,
        showDecidedTable: true,
        titleLevel: 1,
      }),
      ...(decisions.length > 0 ? [heading(2, 'section', 'Beslutninger'), descriptions('facts', decisions)] : []),
    ],
  });
}
