import { AREA_LABEL, BudgetRound, PROPOSAL_KIND_LABELS, PROPOSAL_STATE_LABELS, TextSection, tableHeading } from '@budgetflow/domain';
import { Block, Heading } from '../document/bilag-document';
import { bulletList, descriptions, heading, paragraph, table } from '../document/blocks';
import { BilagProposal } from '../model/bilag-data';
import { consequenceTableSpec } from '../tables/consequence.tables';
import { committeeName } from './committee-groups';
import { amendmentLabel, isAmended } from './decided-table';

/** How a proposal section is placed in its document. */
export interface ProposalSectionOptions {
  /** Start on a new page (every proposal of the catalogue does). */
  readonly pageBreak: boolean;
  /** Print committee, reference and status above the title (the fact sheet has them in its header box). */
  readonly withIdentity: boolean;
  /** The committee's name starts the committee's part (the first proposal of each committee): a heading. */
  readonly committeeInToc: boolean;
  /** The proposal's title is an entry of the contents and a bookmark. */
  readonly titleInToc: boolean;
  /** Also print the decided table where a body amended the amounts (the fact sheet does). */
  readonly showDecidedTable: boolean;
  /** The level of the proposal's title; its text sections are one below. */
  readonly titleLevel: 1 | 3;
}

/** The anchor of a committee's part of the catalogue. */
export function committeeAnchor(code: string): string {
  return `udvalg-${code}`;
}

/** The anchor of a proposal's section. */
export function proposalAnchor(reference: string): string {
  return `forslag-${reference}`;
}

/** A typed text as blocks: paragraphs at blank lines, a paragraph of «- » lines as a bulleted list. */
export function textBlocks(body: string): Block[] {
  return body
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text, index): Block => {
      const role = index === 0 ? 'firstBody' : 'body';
      const lines = text.split('\n');
      // A paragraph of "- " lines is a list in the proposal template.
      if (lines.every((line) => /^[-–•]\s/.test(line.trim())))
        return bulletList(
          role,
          lines.map((line) => line.trim().replace(/^[-–•]\s+/, '')),
        );
      return paragraph(role, text);
    });
}

function textSection(section: TextSection, level: Heading['level']): Block[] {
  return [heading(level, 'section', section.heading), ...textBlocks(section.body)];
}

function statusText(proposal: BilagProposal, showDecidedTable: boolean): string {
  const state = PROPOSAL_STATE_LABELS[proposal.state];
  if (!isAmended(proposal)) return state;
  const body = proposal.amendedBy ?? 'FU eller RR';
  // The catalogue shows the submitted table, so it says that the decided amounts differ.
  return showDecidedTable ? `${state}; beløbene er ændret af ${body}` : `${state}; beløbene er ændret af ${body} (tabellen viser forslaget som indsendt)`;
}

function tables(round: BudgetRound, proposal: BilagProposal, showDecidedTable: boolean): Block[] {
  const caption = tableHeading(round.priceLevel);
  if (!showDecidedTable || !proposal.decidedTable) return [table(caption, consequenceTableSpec(round, proposal.content.table), { keepTogether: true })];
  return [
    table(caption, consequenceTableSpec(round, proposal.content.table), { keepTogether: true, label: 'Som indsendt' }),
    table(caption, consequenceTableSpec(round, proposal.decidedTable), { keepTogether: true, label: amendmentLabel(proposal) }),
  ];
}

/**
 * One proposal as submitted: committee, title, area, status, the text sections and the
 * consequence table (placed after "Økonomi" as in the template, else at the end).
 */
export function proposalSection(round: BudgetRound, proposal: BilagProposal, options: ProposalSectionOptions): Block[] {
  const { content } = proposal;
  const committee = committeeName(round, content.committee);
  const committeeLabel: Block = options.committeeInToc
    ? heading(2, 'committee', committee, { anchor: committeeAnchor(content.committee), bookmark: {} })
    : paragraph('kicker', committee);
  const title = heading(
    options.titleLevel,
    'proposal',
    content.title,
    options.titleInToc ? { anchor: proposalAnchor(content.reference), bookmark: { parent: committeeAnchor(content.committee) } } : {},
  );

  const facts = descriptions('facts', [
    ...(options.withIdentity ? [{ label: 'Reference', value: content.reference }] : []),
    { label: AREA_LABEL, value: content.area },
    { label: 'Forslagstype', value: PROPOSAL_KIND_LABELS[content.kind] },
    ...(options.withIdentity || isAmended(proposal) ? [{ label: 'Status', value: statusText(proposal, options.showDecidedTable) }] : []),
    ...(content.fundingSource ? [{ label: 'Finansiering', value: content.fundingSource }] : []),
  ]);

  const sectionLevel = (options.titleLevel + 1) as Heading['level'];
  const economyIndex = content.sections.findIndex((section) => section.kind === 'oekonomi');
  const tableAfter = economyIndex === -1 ? content.sections.length - 1 : economyIndex;
  const body: Block[] = content.sections.flatMap((section, index) =>
    index === tableAfter ? [...textSection(section, sectionLevel), ...tables(round, proposal, options.showDecidedTable)] : textSection(section, sectionLevel),
  );
  if (content.sections.length === 0) body.push(...tables(round, proposal, options.showDecidedTable));

  const headingBlocks = options.withIdentity ? [committeeLabel, title, facts] : [title, facts];
  return [{ kind: 'section', role: 'proposalHeading', blocks: headingBlocks, ...(options.pageBreak ? { startsPage: true } : {}) }, ...body];
}
