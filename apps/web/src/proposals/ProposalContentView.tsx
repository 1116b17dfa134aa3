import { AREA_LABEL, PROPOSAL_KIND_LABELS, roundColumns, tableHeading } from '@budgetflow/domain';
import type { BudgetRound, ProposalContent } from '@budgetflow/domain';
import { ConsequenceTableEditor, tableDraftOf } from '../consequence-table';

/** A proposal's content as it reads: its facts, its text sections and its table with the computed totals. */
export function ProposalContentView({
  content,
  round,
  headingLevel = 2,
  idPrefix = 'indhold',
}: {
  content: ProposalContent;
  round: BudgetRound;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="proposal-content">
      <dl className="round-facts">
        <div className="round-fact">
          <dt>{AREA_LABEL}</dt>
          <dd>{content.area}</dd>
        </div>
        <div className="round-fact">
          <dt>Forslagets art</dt>
          <dd>{PROPOSAL_KIND_LABELS[content.kind]}</dd>
        </div>
        {content.fundingSource ? (
          <div className="round-fact">
            <dt>Finansiering</dt>
            <dd>{content.fundingSource}</dd>
          </div>
        ) : null}
      </dl>
      <Heading>Tekst</Heading>
      {content.sections.map((section) => (
        <section key={section.kind} className="proposal-text">
          <SubHeading>{section.heading}</SubHeading>
          {section.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ))}
      <Heading>Økonomisk konsekvens</Heading>
      <ConsequenceTableEditor
        columns={roundColumns(round)}
        value={tableDraftOf(content.table)}
        caption={tableHeading(round.priceLevel)}
        readOnly
        idPrefix={idPrefix}
      />
    </div>
  );
}
