import {
  AgreementAdoptedV1,
  EventEnvelope,
  IntakeEventType,
  ProposalChangedV1,
  ProposalWorkflowChangedV1,
  RoundCreatedV1,
  WorkflowEventType,
} from '@budgetflow/contracts';
import { isProposalState } from '@budgetflow/domain';
import { Prisma } from '@budgetflow/reporting/data-access';
import { ProposalFact, ReportedDecision, applyProposalFact } from './proposal-facts';
import { readModelProposal } from './stored-proposal';
import { EventHandlers, PermanentEventError, SqlExecutor } from '@budgetflow/messaging';

type Tx = Prisma.TransactionClient;
const asTx = (sql: SqlExecutor) => sql as unknown as Tx;

// Every applied event counts once towards its round's data version (the bilag print it; the renderer watches it),
// also when it arrives before the round itself.
async function touchRound(tx: Tx, roundId: string, data: Prisma.ReportRoundUpdateInput = {}): Promise<void> {
  await tx.reportRound.upsert({
    where: { id: roundId },
    create: { ...(data as Prisma.ReportRoundCreateInput), id: roundId, dataVersion: 1 },
    update: { ...data, dataVersion: { increment: 1 } },
  });
}

async function roundCreated(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const { roundId, round } = envelope.payload as RoundCreatedV1;
  if (typeof roundId !== 'string' || typeof round?.name !== 'string') throw new PermanentEventError('round.created: payload needs roundId and round');
  await touchRound(asTx(sql), roundId, { definition: round as object });
}

async function proposalChanged(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const { proposal } = envelope.payload as ProposalChangedV1;
  if (typeof proposal?.proposalId !== 'string' || !isProposalState(proposal.state) || !Number.isInteger(proposal.stateSequence)) {
    throw new PermanentEventError(`${envelope.type}: payload needs the proposal snapshot with its state sequence`);
  }
  await applyFact(asTx(sql), {
    source: 'intake',
    proposalId: proposal.proposalId,
    roundId: proposal.roundId,
    state: proposal.state,
    stateSequence: proposal.stateSequence,
    content: proposal.content,
    everSubmitted: proposal.submittedAt !== null,
  });
}

async function workflowChanged(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const change = envelope.payload as ProposalWorkflowChangedV1;
  if (typeof change.proposalId !== 'string' || !isProposalState(change.state) || !Number.isInteger(change.stateSequence)) {
    throw new PermanentEventError(`${envelope.type}: payload needs proposalId, a known state and stateSequence`);
  }
  const decision: ReportedDecision | null =
    change.decidedTable && change.meeting
      ? { body: change.meeting.body, meetingDate: change.meeting.date, amendedTable: change.decidedTable, stateSequence: change.stateSequence }
      : null;
  await applyFact(asTx(sql), { source: 'workflow', proposalId: change.proposalId, roundId: change.roundId, state: change.state, stateSequence: change.stateSequence, decision });
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

async function agreementAdopted(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const agreement = envelope.payload as AgreementAdoptedV1;
  if (typeof agreement.roundId !== 'string' || !Array.isArray(agreement.parties)) throw new PermanentEventError('agreement.adopted: payload needs roundId and parties');
  await touchRound(asTx(sql), agreement.roundId, { agreement: { parties: agreement.parties, date: agreement.date, proposalIds: agreement.proposalIds } });
}

/** How the reporting read model applies the intake and workflow events, by qualified type. */
export function readModelHandlers(): EventHandlers {
  return {
    [`${IntakeEventType.RoundCreated}.v1`]: roundCreated,
    [`${IntakeEventType.ProposalDrafted}.v1`]: proposalChanged,
    [`${IntakeEventType.ProposalUpdated}.v1`]: proposalChanged,
    [`${IntakeEventType.ProposalSubmitted}.v1`]: proposalChanged,
    [`${IntakeEventType.ProposalWithdrawn}.v1`]: proposalChanged,
    [`${IntakeEventType.ProposalLapsed}.v1`]: proposalChanged,
    [`${WorkflowEventType.ProposalReturned}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalScheduled}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalDecidedByFu}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalDecidedByRr}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalWithdrawnAfterSubmission}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalLapsedAtAgreement}.v1`]: workflowChanged,
    [`${WorkflowEventType.AgreementAdopted}.v1`]: agreementAdopted,
  };
}
