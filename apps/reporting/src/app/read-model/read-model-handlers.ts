import {
  AgreementAdoptedV1,
  INTAKE_PROPOSAL_EVENTS,
  IntakeEvent,
  ProposalChangedV1,
  ProposalWorkflowChangedV1,
  RoundCreatedV1,
  WORKFLOW_PROPOSAL_EVENTS,
  WorkflowEvent,
} from '@budgetflow/contracts';
import { Prisma } from '@budgetflow/reporting/data-access';
import { ProposalFact, ReportedDecision, applyProposalFact } from './proposal-facts';
import { readModelProposal } from './stored-proposal';
import { EventHandlers, eventHandlers, on } from '@budgetflow/messaging';

type Tx = Prisma.TransactionClient;

// Every applied event counts once towards its round's data version (the bilag print it; the renderer watches it),
// also when it arrives before the round itself.
async function touchRound(tx: Tx, roundId: string, data: Prisma.ReportRoundUpdateInput = {}): Promise<void> {
  await tx.reportRound.upsert({
    where: { id: roundId },
    create: { ...(data as Prisma.ReportRoundCreateInput), id: roundId, dataVersion: 1 },
    update: { ...data, dataVersion: { increment: 1 } },
  });
}

async function roundCreated({ roundId, round }: RoundCreatedV1, _: unknown, tx: Tx): Promise<void> {
  await touchRound(tx, roundId, { definition: round as object });
}

async function proposalChanged({ proposal }: ProposalChangedV1, _: unknown, tx: Tx): Promise<void> {
  await applyFact(tx, {
    source: 'intake',
    proposalId: proposal.proposalId,
    roundId: proposal.roundId,
    state: proposal.state,
    stateSequence: proposal.stateSequence,
    content: proposal.content,
    everSubmitted: proposal.submittedAt !== null,
  });
}

async function workflowChanged(change: ProposalWorkflowChangedV1, _: unknown, tx: Tx): Promise<void> {
  const decision: ReportedDecision | null =
    change.decidedTable && change.meeting
      ? { body: change.meeting.body, meetingDate: change.meeting.date, amendedTable: change.decidedTable, stateSequence: change.stateSequence }
      : null;
  await applyFact(tx, {
    source: 'workflow',
    proposalId: change.proposalId,
    roundId: change.roundId,
    state: change.state,
    stateSequence: change.stateSequence,
    decision,
  });
}

// Read, apply the fact by the one rule, write back; the consumer's transaction holds the row.
async function applyFact(tx: Tx, fact: ProposalFact): Promise<void> {
  await tx.$queryRaw`SELECT id FROM report_proposal WHERE id = ${fact.proposalId}::uuid FOR UPDATE`;
  const row = await tx.reportProposal.findUnique({ where: { id: fact.proposalId } });
  const current = row ? readModelProposal(row) : null;
  const next = applyProposalFact(current, fact);
  // A draft's event: not the bilag's business, and it does not count towards the round's data version.
  if (!next || next === current) return;
  const data = {
    roundId: next.roundId,
    content: next.content ? (next.content as object) : Prisma.DbNull,
    state: next.state,
    stateSequence: next.stateSequence,
    decisions: next.decisions as object[],
  };
  await tx.reportProposal.upsert({ where: { id: next.id }, create: { id: next.id, ...data }, update: data });
  await touchRound(tx, next.roundId);
}

async function agreementAdopted(agreement: AgreementAdoptedV1, _: unknown, tx: Tx): Promise<void> {
  await touchRound(tx, agreement.roundId, { agreement: { parties: agreement.parties, date: agreement.date, proposalIds: agreement.proposalIds } });
}

/** How the reporting read model applies the intake and workflow events, by qualified type. */
export function readModelHandlers(): EventHandlers<Tx> {
  return eventHandlers<Tx>(
    on(IntakeEvent.RoundCreated, roundCreated),
    ...INTAKE_PROPOSAL_EVENTS.map((event) => on(event, proposalChanged)),
    ...WORKFLOW_PROPOSAL_EVENTS.map((event) => on(event, workflowChanged)),
    on(WorkflowEvent.AgreementAdopted, agreementAdopted),
  );
}
