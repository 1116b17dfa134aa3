import { EventEnvelope } from '../envelope';
import { QUESTION_ACT_EVENTS, QuestionEvent, QuestionSnapshotV1 } from '../events/question-events';
import { parseEnvelope } from '../parse-envelope';

const ID = '0b6f9a57-3a44-4f52-9d0e-5a1d6c2f7e10';
const ROUND = '7d3c1e2a-5b4f-4a6e-8c9d-1e2f3a4b5c6d';

const asked: QuestionSnapshotV1 = {
  questionId: ID,
  roundId: ROUND,
  number: 1,
  state: 'asked',
  askedAt: '2025-08-18T08:15:00.000Z',
  asker: { id: 'mlund', name: 'Mette Lund', party: 'Socialdemokratiet' },
  originalText: 'Hvad betyder B26-PSU-01 for nattevagterne?',
  text: 'Hvad betyder B26-PSU-01 for nattevagterne?',
  proposalIds: [],
  bilag: [],
  answerer: null,
  assignedAt: null,
  deadline: null,
  mergedInto: null,
  answer: null,
};
const approved: QuestionSnapshotV1 = {
  ...asked,
  state: 'approved',
  answerer: { kind: 'committee', committee: 'PSU' },
  assignedAt: '2025-08-18T09:00:00.000Z',
  deadline: '2025-08-24T09:00:00.000Z',
  answer: {
    text: 'Én nattevagt færre pr. døgn.',
    table: { rows: [{ label: 'Nattevagter', cells: { '2026': -600, permanent: null } }] },
    answeredBy: 'Peter Sørensen, Udvalgssekretariatet for PSU',
    answeredAt: '2025-08-20T09:00:00.000Z',
    approvedBy: 'Karen Holm, Koncernøkonomi',
    approvedAt: '2025-08-21T09:00:00.000Z',
  },
};

const envelope = (payload: unknown, aggregateId = ID): EventEnvelope =>
  ({
    id: ID,
    type: 'question.approved',
    version: 1,
    aggregateId,
    sequence: 7,
    occurredAt: '2025-08-21T09:00:00.000Z',
    actor: { id: 'kho', role: 'budget_office', name: 'Karen Holm' },
    correlationId: 'c',
    causationId: null,
    payload,
  }) as EventEnvelope;

describe('the budget questions’ events', () => {
  it('carries the question’s snapshot, and the answer exactly when approved', () => {
    expect(QuestionEvent.Approved.payload(envelope({ question: approved }))).toEqual({ question: approved });
    expect(QuestionEvent.Asked.payload(envelope({ question: asked }))).toEqual({ question: asked });
    expect(() => QuestionEvent.Answered.payload(envelope({ question: { ...approved, state: 'answered' } }))).toThrow(
      'payload.question.answer: must be given exactly when approved',
    );
    expect(() => QuestionEvent.Approved.payload(envelope({ question: { ...approved, answer: null } }))).toThrow('must be given exactly when approved');
  });

  it('refuses a malformed snapshot naming the field, and another aggregate than the question', () => {
    expect(() => QuestionEvent.Asked.payload(envelope({ question: { ...asked, number: 0 } }))).toThrow('payload.question.number');
    expect(() => QuestionEvent.Asked.payload(envelope({ question: { ...asked, state: 'draft' } }))).toThrow('payload.question.state');
    expect(() => QuestionEvent.Asked.payload(envelope({ question: { ...asked, answerer: { kind: 'committee' } } }))).toThrow(
      'payload.question.answerer.committee',
    );
    expect(() =>
      QuestionEvent.Approved.payload(
        envelope({ question: { ...approved, answer: { ...approved.answer, table: { rows: [{ label: 'x', cells: { '2026': 0.5 } }] } } } }),
      ),
    ).toThrow('payload.question.answer.table.rows[0].cells.2026');
    expect(() => QuestionEvent.Asked.payload(envelope({ question: asked }, ROUND))).toThrow('aggregateId');
  });

  it('keys the window’s events by the round', () => {
    const window = { roundId: ROUND, opensAt: '2025-08-15T06:00:00.000Z', closesAt: '2025-08-24T10:00:00.000Z', closedEarlyAt: null, answeringDays: 6 };
    expect(QuestionEvent.WindowSet.payload(envelope(window, ROUND))).toEqual(window);
    expect(() => QuestionEvent.WindowClosed.payload(envelope({ ...window, closesAt: 'fredag' }, ROUND))).toThrow('payload.closesAt');
  });

  it('has one event per act, each versioned on the workflow’s topic', () => {
    expect(Object.values(QUESTION_ACT_EVENTS).map((event) => event.qualified)).toEqual([
      'question.asked.v1',
      'question.reworded.v1',
      'question.merged.v1',
      'question.assigned.v1',
      'question.answered.v1',
      'question.sent-back.v1',
      'question.approved.v1',
    ]);
    expect(new Set(Object.values(QuestionEvent).map((event) => event.topic))).toEqual(new Set(['budgetflow.workflow.events']));
  });

  it('reads a member’s party in the envelope’s actor, and does without it', () => {
    const raw = { ...envelope({ question: asked }), actor: { id: 'mlund', role: 'politician', party: 'Socialdemokratiet', name: 'Mette Lund' } };
    const parsed = parseEnvelope(JSON.stringify(raw));
    expect(parsed.ok && parsed.envelope.actor).toEqual({ id: 'mlund', role: 'politician', party: 'Socialdemokratiet', name: 'Mette Lund' });
    const without = parseEnvelope(JSON.stringify({ ...raw, actor: { id: 'kho', role: 'budget_office', party: ' ' } }));
    expect(without.ok && without.envelope.actor).toEqual({ id: 'kho', role: 'budget_office' });
  });
});
