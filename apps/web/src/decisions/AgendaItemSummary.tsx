import { columnKeys, columnLabel, findCommittee } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AgendaItemView, WorkflowProposalView } from '../api/views';
import { AmountInForce } from '../layout/AmountInForce';

/**
 * An agenda item of FU or RR: number, reference and title linking to the proposal, the committee, and the amounts
 * in force in every year column (the submitted ones beside them where a decision changed them).
 */
export function AgendaItemSummary({
  round,
  item,
  proposal,
  heading: Heading,
}: {
  round: BudgetRound;
  item: AgendaItemView;
  proposal: WorkflowProposalView | undefined;
  heading: 'h3' | 'h4';
}): ReactNode {
  const committee = findCommittee(round.committees, item.committee)?.name ?? item.committee;
  // The workflow gives the original and the table in force (always set); equal tables mean nothing was changed.
  const amounts = proposal ? { content: { table: proposal.originalTable }, decidedTable: proposal.decidedTable } : undefined;
  return (
    <>
      <Heading>
        {item.number}. <Link to={`/forslag/${item.proposalId}`}>{`${item.reference} ${item.title}`}</Link>
      </Heading>
      <p className="agenda-committee">
        {committee}. Beløb i mio. kr. ({round.priceLevel}):
      </p>
      {amounts ? (
        <dl className="agenda-amounts">
          {columnKeys(round).map((column) => (
            <div key={column}>
              <dt>{columnLabel(column)}</dt>
              <dd>
                <AmountInForce proposal={amounts} column={column} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
