import {
  EventActor,
  EventDefinition,
  EventEnvelope,
  IntakeEvent,
  ProposalChangedV1,
  ProposalSnapshotV1,
  RoundCreatedV1,
  Topic,
  physicalTopic,
} from '@budgetflow/contracts';
import { ProposalContent, ProposalState, budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';
import { EventPublisher } from '@budgetflow/messaging';
import { randomUUID } from 'node:crypto';

/**
 * Intake's events as intake would publish them, for tests that feed a consumer directly: a round and its
 * proposals' drafts, edits, submissions and withdrawals, each with the whole snapshot and the next sequence.
 */
export class IntakeEventStory {
  readonly roundId = randomUUID();

  roundCreated(): EventEnvelope<RoundCreatedV1> {
    return envelope(
      IntakeEvent.RoundCreated,
      this.roundId,
      1,
      { id: 'test-budget_office', role: 'budget_office' },
      { roundId: this.roundId, round: budget2026Round },
    );
  }

  /** A demo proposal of the Budget 2026 catalogue (by reference) in this round. */
  proposal(reference = 'B26-SU-01'): ProposalEventStory {
    return new ProposalEventStory(this.roundId, reference);
  }
}

export class ProposalEventStory {
  readonly id = randomUUID();
  readonly committee: string;
  private sequence = 0;
  private state: ProposalState = 'draft';
  // Counts state changes as the owners do: intake's own, and the workflow's it follows.
  private stateSequence = 0;
  private submittedAt: string | null = null;
  private content: ProposalContent;

  constructor(
    readonly roundId: string,
    readonly reference: string,
  ) {
    const input = budget2026Proposals.find((proposal) => proposal.reference === reference);
    if (!input) throw new Error(`No demo proposal ${reference}`);
    const content = validateProposal(input, budget2026Round);
    if (!content.ok) throw new Error(`Demo proposal ${reference} is invalid`);
    this.content = content.value;
    this.committee = content.value.committee;
  }

  drafted() {
    return this.next(IntakeEvent.ProposalDrafted, 'draft');
  }

  updated(title?: string) {
    if (title) this.content = { ...this.content, title };
    return this.next(IntakeEvent.ProposalUpdated, this.state);
  }

  submitted() {
    return this.next(IntakeEvent.ProposalSubmitted, 'submitted');
  }

  withdrawn() {
    return this.next(IntakeEvent.ProposalWithdrawn, 'withdrawn');
  }

  /** Intake's state follows workflow's decisions too (it applies workflow's events). */
  follow(state: ProposalState): this {
    this.state = state;
    this.stateSequence += 1;
    return this;
  }

  /** The state sequence of the latest state change (intake's or one it followed). */
  get currentStateSequence(): number {
    return this.stateSequence;
  }

  private next(event: EventDefinition<ProposalChangedV1>, state: ProposalState): EventEnvelope<ProposalChangedV1> {
    this.sequence += 1;
    if (event !== IntakeEvent.ProposalUpdated) this.stateSequence += 1;
    this.state = state;
    if (state === 'submitted') this.submittedAt = new Date().toISOString();
    const proposal: ProposalSnapshotV1 = {
      proposalId: this.id,
      roundId: this.roundId,
      reference: this.reference,
      committee: this.committee,
      state,
      stateSequence: this.stateSequence,
      version: this.sequence,
      content: this.content,
      submittedAt: this.submittedAt,
      submittedBy: this.submittedAt ? `test-committee_secretariat-${this.committee}` : null,
    };
    const actor = { id: `test-committee_secretariat-${this.committee}`, role: 'committee_secretariat', committee: this.committee };
    return envelope(event, this.id, this.sequence, actor, { proposal });
  }
}

function envelope<T>({ type, version }: EventDefinition<T>, aggregateId: string, sequence: number, actor: EventActor, payload: T): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    version,
    aggregateId,
    sequence,
    occurredAt: new Date().toISOString(),
    actor,
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
}

/** Produces messages to this test file's intake topic, in order, keyed by aggregate (raw values allowed, for poison messages). */
export async function publishToIntakeTopic(publisher: EventPublisher, messages: readonly (EventEnvelope | { key: string; value: string })[]): Promise<void> {
  const topic = physicalTopic(Topic.IntakeEvents, process.env['KAFKA_TOPIC_PREFIX']);
  await publisher.publish(
    messages.map((message) => {
      const raw = 'value' in message ? message : { key: message.aggregateId, value: JSON.stringify(message) };
      return { topic, key: raw.key, value: raw.value, headers: {} };
    }),
  );
}
