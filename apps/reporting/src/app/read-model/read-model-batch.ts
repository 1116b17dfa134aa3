import {
  AGREEMENT_ADOPTED_EVENTS,
  AgreementAdoptedV1,
  AgreementAdoptedV2,
  EventEnvelope,
  INTAKE_PROPOSAL_EVENTS,
  IntakeEvent,
  MaterialPublishedV1,
  ProposalChangedV1,
  ProposalWorkflowChangedV1,
  QUESTION_ACT_EVENTS,
  QuestionChangedV1,
  QuestionEvent,
  QuestionWindowV1,
  RoundCreatedV1,
  WORKFLOW_PROPOSAL_EVENTS,
  WorkflowEvent,
  administrationStepOf,
  amendingDecisionOf,
  qualifiedType,
} from '@budgetflow/contracts';
import { EventHandlers, SqlExecutor, eventHandlers, on } from '@budgetflow/messaging';
import { storedAgreementOf } from './agreement-adopted';
import { ProposalFact, ReadModelProposal, applyProposalFact } from './proposal-facts';
import { ProposalRepository } from './proposal-repository';
import { PublicationRepository } from './publication-repository';
import { QuestionChange, QuestionRepository } from './question-repository';
import { RoundChange, RoundRepository } from './round-repository';
import { storedQuestionWindowOf } from './stored-question';

/** What one event changes in the read model: a proposal (by the one rule of proposal-facts), a round, a budget question, or a publication. */
type ReadModelChange =
  | { kind: 'proposal'; fact: ProposalFact }
  | { kind: 'round'; roundId: string; definition?: unknown; agreement?: RoundChange['agreement']; questionWindow?: RoundChange['questionWindow'] }
  | { kind: 'question'; change: QuestionChange }
  // A publication changes no data the bilag show: it does not count towards the data version it publishes.
  | { kind: 'publication'; publication: MaterialPublishedV1 };

const roundCreated = ({ roundId, round }: RoundCreatedV1): ReadModelChange => ({ kind: 'round', roundId, definition: round });

// v1 has no document (the bilag make it one chapter); v2 carries the agreement's document, kept whole.
const agreementAdopted = (payload: AgreementAdoptedV1 | AgreementAdoptedV2): ReadModelChange => ({
  kind: 'round',
  roundId: payload.roundId,
  agreement: storedAgreementOf(payload),
});

const proposalChanged = ({ proposal }: ProposalChangedV1): ReadModelChange => ({
  kind: 'proposal',
  fact: {
    source: 'intake',
    proposalId: proposal.proposalId,
    roundId: proposal.roundId,
    state: proposal.state,
    stateSequence: proposal.stateSequence,
    content: proposal.content,
    everSubmitted: proposal.submittedAt !== null,
  },
});

const workflowChanged = (change: ProposalWorkflowChangedV1): ReadModelChange => ({
  kind: 'proposal',
  fact: {
    source: 'workflow',
    proposalId: change.proposalId,
    roundId: change.roundId,
    state: change.state,
    stateSequence: change.stateSequence,
    decision: amendingDecisionOf(change),
    step: administrationStepOf(change),
  },
});

// The question after the act, whole; the sequence is the question's own event counter (a newer snapshot replaces an older).
const questionChanged = ({ question }: QuestionChangedV1, envelope: EventEnvelope): ReadModelChange => ({
  kind: 'question',
  change: { snapshot: question, sequence: envelope.sequence },
});

const questionWindowChanged = (window: QuestionWindowV1): ReadModelChange => ({
  kind: 'round',
  roundId: window.roundId,
  questionWindow: storedQuestionWindowOf(window),
});

const QUESTION_EVENTS = Object.values(QUESTION_ACT_EVENTS);
const QUESTION_WINDOW_EVENTS = [QuestionEvent.WindowSet, QuestionEvent.WindowClosed];

// Each type's payload parser and what it changes; a malformed payload is a ParseError (the consumer dead-letters it).
const changeOf: Record<string, (envelope: EventEnvelope) => ReadModelChange> = Object.fromEntries([
  [IntakeEvent.RoundCreated.qualified, (envelope: EventEnvelope) => roundCreated(IntakeEvent.RoundCreated.payload(envelope))],
  ...INTAKE_PROPOSAL_EVENTS.map((event) => [event.qualified, (envelope: EventEnvelope) => proposalChanged(event.payload(envelope))]),
  ...WORKFLOW_PROPOSAL_EVENTS.map((event) => [event.qualified, (envelope: EventEnvelope) => workflowChanged(event.payload(envelope))]),
  ...AGREEMENT_ADOPTED_EVENTS.map((event) => [event.qualified, (envelope: EventEnvelope) => agreementAdopted(event.payload(envelope))]),
  [
    WorkflowEvent.MaterialPublished.qualified,
    (envelope: EventEnvelope): ReadModelChange => ({ kind: 'publication', publication: WorkflowEvent.MaterialPublished.payload(envelope) }),
  ],
  ...QUESTION_EVENTS.map((event) => [event.qualified, (envelope: EventEnvelope) => questionChanged(event.payload(envelope), envelope)]),
  ...QUESTION_WINDOW_EVENTS.map((event) => [event.qualified, (envelope: EventEnvelope) => questionWindowChanged(event.payload(envelope))]),
]);

/**
 * Applies a batch of new events to the read model in their order, with a fixed number of statements: the batch's
 * proposals are read (and locked) at once, the facts applied in memory by the one rule, and the changed proposals
 * and rounds written back at once. Every applied event counts once towards its round's data version (the bilag
 * print it; the renderer watches it), also when it arrives before the round itself; a draft's event does not. A budget
 * question's snapshot is kept whole (its newest by the question's sequence), whatever its state: the appendix reads
 * only the approved ones and those merged into others.
 */
export async function applyReadModelBatch(envelopes: readonly EventEnvelope[], tx: SqlExecutor): Promise<void> {
  const changes = envelopes.map((envelope) => (changeOf[qualifiedType(envelope)] as (envelope: EventEnvelope) => ReadModelChange)(envelope));
  const proposals = new ProposalRepository(tx);
  const facts = changes.flatMap((change) => (change.kind === 'proposal' ? [change.fact] : []));
  const current: Map<string, ReadModelProposal | null> = await proposals.lockMany([...new Set(facts.map((fact) => fact.proposalId))]);
  const changed = new Set<string>();
  const rounds = new Map<string, RoundChange>();
  const round = (id: string) => rounds.get(id) ?? (rounds.set(id, { id, appliedEvents: 0 }).get(id) as RoundChange);
  const publications: MaterialPublishedV1[] = [];
  // Per question the batch's newest snapshot (the events of one question arrive in their order).
  const questions = new Map<string, QuestionChange>();
  for (const change of changes) {
    if (change.kind === 'publication') {
      publications.push(change.publication);
      continue;
    }
    if (change.kind === 'round') {
      const entry = round(change.roundId);
      entry.appliedEvents += 1;
      if (change.definition !== undefined) entry.definition = change.definition;
      if (change.agreement !== undefined) entry.agreement = change.agreement;
      if (change.questionWindow !== undefined) entry.questionWindow = change.questionWindow;
      continue;
    }
    if (change.kind === 'question') {
      const { snapshot, sequence } = change.change;
      if ((questions.get(snapshot.questionId)?.sequence ?? 0) < sequence) questions.set(snapshot.questionId, change.change);
      round(snapshot.roundId).appliedEvents += 1;
      continue;
    }
    const before = current.get(change.fact.proposalId) ?? null;
    const next = applyProposalFact(before, change.fact);
    if (!next || next === before) continue;
    current.set(next.id, next);
    changed.add(next.id);
    round(next.roundId).appliedEvents += 1;
  }
  await proposals.saveMany([...changed].map((id) => current.get(id) as ReadModelProposal));
  await new QuestionRepository(tx).saveMany([...questions.values()]);
  await new RoundRepository(tx).applyMany([...rounds.values()]);
  await new PublicationRepository(tx).receiveMany(publications);
}

/** The types the read model follows (the consumer's handler map); each applies as a batch of one. */
export function readModelHandlers(): EventHandlers {
  const single = async (_payload: unknown, envelope: EventEnvelope, tx: SqlExecutor) => applyReadModelBatch([envelope], tx);
  return eventHandlers(
    on(IntakeEvent.RoundCreated, single),
    ...INTAKE_PROPOSAL_EVENTS.map((event) => on(event, single)),
    ...WORKFLOW_PROPOSAL_EVENTS.map((event) => on(event, single)),
    ...AGREEMENT_ADOPTED_EVENTS.map((event) => on(event, single)),
    on(WorkflowEvent.MaterialPublished, single),
    ...QUESTION_EVENTS.map((event) => on(event, single)),
    ...QUESTION_WINDOW_EVENTS.map((event) => on(event, single)),
  );
}
