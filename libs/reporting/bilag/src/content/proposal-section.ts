import { AREA_LABEL, BudgetRound, PROPOSAL_KIND_LABELS, PROPOSAL_STATE_LABELS, TextSection } from '@budgetflow/domain';
import type { Content } from 'pdfmake/interfaces';
import { BilagProposal } from '../model/bilag-data';
import { committeeName } from './committee-groups';
import { consequenceTable } from './consequence-table';
import { amendmentLabel, isAmended } from './decided-table';

/** How a proposal section is placed in its document. */
export interface ProposalSectionOptions {
  /** Start on a new page (every proposal of the catalogue does). */
  readonly pageBreak: boolean;
  /** Print committee, reference and status above the title (the fact sheet has them in its header box). */
  readonly withIdentity: boolean;
  /** Put the committee into the table of contents (the first proposal of each committee). */
  readonly committeeInToc: boolean;
  /** Put the proposal's title into the table of contents. */
  readonly titleInToc: boolean;
  /** Also print the decided table where a body amended the amounts (the fact sheet does). */
  readonly showDecidedTable: boolean;
}

function fact(label: string, value: string): Content {
  return { text: [{ text: `${label}: `, style: 'factLabel' }, value], style: 'facts' };
}

function paragraphs(body: string): Content[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph, index): Content => {
      const style = index === 0 ? 'firstParagraph' : 'paragraph';
      const lines = paragraph.split('\n');
      // A paragraph of "- " lines is a list in the proposal template.
      if (lines.every((line) => /^[-–•]\s/.test(line.trim()))) {
        return { ul: lines.map((line) => line.trim().replace(/^[-–•]\s+/, '')), style };
      }
      return { text: paragraph, style };
    });
}

function textSection(section: TextSection): Content[] {
  return [{ text: section.heading, style: 'sectionHeading' }, ...paragraphs(section.body)];
}

function statusText(proposal: BilagProposal, showDecidedTable: boolean): string {
  const state = PROPOSAL_STATE_LABELS[proposal.state];
  if (!isAmended(proposal)) return state;
  const body = proposal.amendedBy ?? 'FU eller RR';
  // The catalogue shows the submitted table, so it says that the decided amounts differ.
  return showDecidedTable ? `${state}; beløbene er ændret af ${body}` : `${state}; beløbene er ændret af ${body} (tabellen viser forslaget som indsendt)`;
}

function tables(round: BudgetRound, proposal: BilagProposal, showDecidedTable: boolean): Content[] {
  if (!showDecidedTable || !proposal.decidedTable) return [consequenceTable(round, proposal.content.table)];
  return [consequenceTable(round, proposal.content.table, 'Som indsendt'), consequenceTable(round, proposal.decidedTable, amendmentLabel(proposal))];
}

/**
 * One proposal as submitted: committee, title, area, status, the text sections and the
 * consequence table (placed after "Økonomi" as in the template, else at the end).
 */
export function proposalSection(round: BudgetRound, proposal: BilagProposal, options: ProposalSectionOptions): Content[] {
  const { content } = proposal;
  const committee = committeeName(round, content.committee);
  const committeeLabel: Content = options.committeeInToc
    ? { text: committee, style: 'committeeLabel', tocItem: true, tocStyle: 'tocCommittee', tocMargin: [0, 8, 0, 2] }
    : { text: committee, style: 'committeeLabel' };
  const title: Content = options.titleInToc
    ? { text: content.title, style: 'heading1', tocItem: true, tocStyle: 'tocProposal', tocMargin: [12, 1, 0, 1] }
    : { text: content.title, style: 'heading1' };

  const facts: Content[] = [
    ...(options.withIdentity ? [fact('Reference', content.reference)] : []),
    fact(AREA_LABEL, content.area),
    fact('Forslagstype', PROPOSAL_KIND_LABELS[content.kind]),
    ...(options.withIdentity || isAmended(proposal) ? [fact('Status', statusText(proposal, options.showDecidedTable))] : []),
    ...(content.fundingSource ? [fact('Finansiering', content.fundingSource)] : []),
  ];

  const economyIndex = content.sections.findIndex((section) => section.kind === 'oekonomi');
  const tableAfter = economyIndex === -1 ? content.sections.length - 1 : economyIndex;
  const body: Content[] = content.sections.flatMap((section, index) =>
    index === tableAfter ? [...textSection(section), ...tables(round, proposal, options.showDecidedTable)] : textSection(section),
  );
  if (content.sections.length === 0) body.push(...tables(round, proposal, options.showDecidedTable));

  const heading = options.withIdentity ? [committeeLabel, title, ...facts] : [title, ...facts];
  return [{ stack: heading, ...(options.pageBreak ? { pageBreak: 'before' as const } : {}) }, ...body];
}
