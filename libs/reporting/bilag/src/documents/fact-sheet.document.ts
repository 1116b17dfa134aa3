import { PROPOSAL_STATE_LABELS } from '@budgetflow/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { committeeName } from '../content/committee-groups';
import { proposalSection } from '../content/proposal-section';
import { findProposal } from '../content/proposal-selection';
import { bilagDocument } from '../layout/page-setup';
import { COLORS } from '../layout/styles';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';

function headerBox(reference: string, committee: string, status: string): Content {
  const cell = (label: string, value: string): Content => ({
    stack: [
      { text: label, fontSize: 8, color: COLORS.muted },
      { text: value, fontSize: 10, bold: true, color: COLORS.heading },
    ],
  });
  return {
    table: { widths: [80, '*', 120], body: [[cell('Faktaark', reference), cell('Udvalg', committee), cell('Status', status)]] },
    layout: {
      fillColor: () => COLORS.headerFill,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 0, 0, 16],
  };
}

/** The fact sheet of one proposal: a header box, the proposal as submitted and, if amended, the decided table. */
export function factSheetDocument(data: BilagData, proposalId: string): TDocumentDefinitions {
  const { round } = data.round;
  const proposal = findProposal(data, proposalId);
  const { content } = proposal;
  return bilagDocument(data, {
    title: reportTitle('faktaark', round, content.reference),
    content: [
      headerBox(content.reference, committeeName(round, content.committee), PROPOSAL_STATE_LABELS[proposal.state]),
      ...proposalSection(round, proposal, { pageBreak: false, withIdentity: false, committeeInToc: false, titleInToc: false, showDecidedTable: true }),
    ],
  });
}
