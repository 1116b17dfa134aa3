import {
  EventActor,
  EventDefinition,
  EventEnvelope,
  PublishedAnswerV1,
  QuestionChangedV1,
  QuestionEvent,
  QuestionSnapshotV1,
  QuestionWindowV1,
  Topic,
  physicalTopic,
} from '@budgetflow/contracts';
import { AnswerTable, Answerer, QuestionState } from '@budgetflow/domain';
import { EventPublisher } from '@budgetflow/messaging';
import { randomUUID } from 'node:crypto';

const OFFICE: EventActor = { id: 'test-budget_office', role: 'budget_office', name: 'Karen Holm' };

/**
 * The workflow's budget-question events as it would publish them, for tests that feed a consumer directly: the round's
 * window (the round's counter) and each question's acts, each with the whole snapshot after the act and the question's
 * next sequence; the answer travels only with the approval.
 */
export class QuestionEventStory {
  private roundSequence = 0;
  private numbers = 0;

  /** `roundSequence`: the round's events counted so far (agreement.adopted shares the counter). */
  constructor(
    readonly roundId: string,
    roundSequence = 0,
  ) {
    this.roundSequence = roundSequence;
  }

  windowSet(opensAt: string, closesAt: string): EventEnvelope<QuestionWindowV1> {
    return this.window(QuestionEvent.WindowSet, { roundId: this.roundId, opensAt, closesAt, closedEarlyAt: null, answeringDays: 6 });
  }

  windowClosed(opensAt: string, closesAt: string, closedEarlyAt: string): EventEnvelope<QuestionWindowV1> {
    return this.window(QuestionEvent.WindowClosed, { roundId: this.roundId, opensAt, closesAt, closedEarlyAt, answeringDays: 6 });
  }

  /** A member's question, numbered in the order asked. */
  question(text: string, asker = { id: 'dev-politician-Venstre', name: 'Jens Krogh', party: 'Venstre' }, proposalIds: string[] = []): QuestionStory {
    this.numbers += 1;
    return new QuestionStory(this.roundId, this.numbers, text, asker, proposalIds);
  }

  private window(event: EventDefinition<QuestionWindowV1>, payload: QuestionWindowV1): EventEnvelope<QuestionWindowV1> {
    this.roundSequence += 1;
    return envelope(event, this.roundId, this.roundSequence, OFFICE, payload);
  }
}

export class QuestionStory {
  readonly id = randomUUID();
  private sequence = 0;
  private snapshot: QuestionSnapshotV1;
  private draft: Omit<PublishedAnswerV1, 'approvedBy' | 'approvedAt'> | null = null;

  constructor(
    roundId: string,
    readonly number: number,
    text: string,
    private readonly asker: QuestionSnapshotV1['asker'],
    proposalIds: string[],
  ) {
    this.snapshot = {
      questionId: this.id,
      roundId,
      number,
      state: 'asked',
      askedAt: new Date(Date.UTC(2025, 7, 15, 8, number)).toISOString(),
      asker,
      originalText: text,
      text,
      proposalIds,
      bilag: [],
      answerer: null,
      assignedAt: null,
      deadline: null,
      mergedInto: null,
      answer: null,
    };
  }

  asked(): EventEnvelope<QuestionChangedV1> {
    return this.next(QuestionEvent.Asked, 'asked', {}, { id: this.asker.id, role: 'politician', name: this.asker.name, party: this.asker.party });
  }

  reworded(text: string): EventEnvelope<QuestionChangedV1> {
    return this.next(QuestionEvent.Reworded, this.snapshot.state, { text });
  }

  assigned(answerer: Answerer): EventEnvelope<QuestionChangedV1> {
    const assignedAt = new Date(Date.UTC(2025, 7, 16, 9, 0)).toISOString();
    const deadline = new Date(Date.UTC(2025, 7, 22, 9, 0)).toISOString();
    return this.next(QuestionEvent.Assigned, 'assigned', { answerer: answerer as QuestionSnapshotV1['answerer'], assignedAt, deadline });
  }

  /** The answerer's draft: it stays in the workflow, the event carries no answer. */
  answered(text: string, table: AnswerTable | null = null, answeredBy = 'Søren Ulriksen, Udvalgssekretariatet for SU'): EventEnvelope<QuestionChangedV1> {
    this.draft = { text, table, answeredBy, answeredAt: new Date(Date.UTC(2025, 7, 18, 10, 0)).toISOString() };
    return this.next(QuestionEvent.Answered, 'answered', {});
  }

  sentBack(): EventEnvelope<QuestionChangedV1> {
    return this.next(QuestionEvent.SentBack, 'sent_back', {});
  }

  approved(approvedBy = 'Karen Holm, Koncernøkonomi'): EventEnvelope<QuestionChangedV1> {
    if (!this.draft) throw new Error(`Question ${this.number} has no answer to approve`);
    const answer: PublishedAnswerV1 = { ...this.draft, approvedBy, approvedAt: new Date(Date.UTC(2025, 7, 19, 11, 0)).toISOString() };
    return this.next(QuestionEvent.Approved, 'approved', { answer });
  }

  mergedInto(into: QuestionStory): EventEnvelope<QuestionChangedV1> {
    return this.next(QuestionEvent.Merged, 'merged', { mergedInto: { questionId: into.id, number: into.number } });
  }

  private next(
    event: EventDefinition<QuestionChangedV1>,
    state: QuestionState,
    change: Partial<QuestionSnapshotV1>,
    actor: EventActor = OFFICE,
  ): EventEnvelope<QuestionChangedV1> {
    this.sequence += 1;
    // The answer is published only with the approval; every other act's snapshot carries none.
    this.snapshot = { ...this.snapshot, answer: null, ...change, state };
    return envelope(event, this.id, this.sequence, actor, { question: this.snapshot });
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

/** Produces messages to this test file's workflow topic, in order, keyed by aggregate. */
export async function publishToWorkflowTopic(publisher: EventPublisher, messages: readonly EventEnvelope[]): Promise<void> {
  const topic = physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']);
  await publisher.publish(messages.map((message) => ({ topic, key: message.aggregateId, value: JSON.stringify(message), headers: {} })));
}
