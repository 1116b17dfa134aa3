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
  if (typeof proposal?.proposalId !== 'string' || !isProposalState(proposal.state)) throw new PermanentEventError(`${envelope.type}: payload needs the proposal snapshot`);
  const tx = asTx(sql);
  const at = new Date(envelope.occurredAt);
  // Drafts are the committee's own: the read model (and so the bilag) knows a proposal once it is submitted.
  if (proposal.state === 'draft') return;
  const existing = await tx.reportProposal.findUnique({ where: { id: proposal.proposalId } });
  const newer = !existing || existing.stateAt <= at;
  await tx.reportProposal.upsert({
    where: { id: proposal.proposalId },
    create: { id: proposal.proposalId, roundId: proposal.roundId, content: proposal.content as object, state: proposal.state, stateAt: at },
    update: { content: proposal.content as object, ...(newer ? { state: proposal.state, stateAt: at } : {}) },
  });
  await touchRound(tx, proposal.roundId);
}

async function workflowChanged(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const change = envelope.payload as ProposalWorkflowChangedV1;
  if (typeof change.proposalId !== 'string' || !isProposalState(change.state)) throw new PermanentEventError(`${envelope.type}: payload needs proposalId and a known state`);
  const tx = asTx(sql);
  const at = new Date(envelope.occurredAt);
  const existing = await tx.reportProposal.findUnique({ where: { id: change.proposalId } });
  const newer = !existing || existing.stateAt <= at;
  const amended = change.decidedTable
    ? { decidedTable: change.decidedTable as object, amendedBy: envelope.type === WorkflowEventType.ProposalDecidedByRr ? 'RR' : 'FU' }
    : {};
  await tx.reportProposal.upsert({
    where: { id: change.proposalId },
    create: { id: change.proposalId, roundId: change.roundId, content: Prisma.DbNull, state: change.state, stateAt: at, ...amended },
    update: { ...(newer ? { state: change.state, stateAt: at } : {}), ...amended },
  });
  await touchRound(tx, change.roundId);
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
    [`${WorkflowEventType.ProposalReturned}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalScheduled}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalDecidedByFu}.v1`]: workflowChanged,
    [`${WorkflowEventType.ProposalDecidedByRr}.v1`]: workflowChanged,
    [`${WorkflowEventType.AgreementAdopted}.v1`]: agreementAdopted,
  };
}
