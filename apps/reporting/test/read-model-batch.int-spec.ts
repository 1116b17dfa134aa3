import { ParseError, ProposalWorkflowChangedV1, WorkflowEvent, WorkflowProposalEvent } from '@budgetflow/contracts';
import { newEvent } from '@budgetflow/messaging';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { IntakeEventStory, QuestionEventStory, testDatabaseUrl, workflowChange } from '@budgetflow/testing';
import { randomUUID } from 'node:crypto';
import { applyReadModelBatch } from '../src/app/read-model/read-model-batch';
import { ProposalRepository } from '../src/app/read-model/proposal-repository';

// The read model's batch path and its repositories against the real reporting database.
describe('reporting read model: a batch of events, and stored rows read back through the repository', () => {
  let db: ReportingDatabase;

  beforeAll(() => {
    db = new ReportingDatabase(testDatabaseUrl('REPORTING_DATABASE_URL'));
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it('applies a round, drafts, submissions and an update in one batch: the round created after its first event, the drafts not counted, the last content kept', async () => {
    const story = new IntakeEventStory();
    const [one, two] = [story.proposal('B26-SU-01'), story.proposal('B26-SU-02')];
    const batch = [one.drafted(), story.roundCreated(), one.submitted(), two.drafted(), two.submitted(), one.updated('Ny titel')];

    await db.$transaction((tx) => applyReadModelBatch(batch, tx));

    const round = await db.reportRound.findUniqueOrThrow({ where: { id: story.roundId } });
    // The round, two submissions and one update count; the drafts do not.
    expect(round.dataVersion).toBe(4);
    expect(round.definition).toEqual(story.roundCreated().payload.round);
    const stored = await new ProposalRepository(db).lockMany([one.id, two.id]);
    expect(stored.get(one.id)).toMatchObject({ roundId: story.roundId, state: 'submitted', content: expect.objectContaining({ title: 'Ny titel' }) });
    expect(stored.get(two.id)).toMatchObject({ roundId: story.roundId, state: 'submitted', decisions: [] });
  });

  it('keeps the workflow’s steps once each and in order, whatever order they arrive in: the fact sheet’s decisions and a lapse’s reason', async () => {
    const story = new IntakeEventStory();
    const one = story.proposal('B26-SU-01');
    const workflowEvent = (event: WorkflowProposalEvent, sequence: number, change: Partial<ProposalWorkflowChangedV1>) =>
      newEvent(event, { id: one.id, sequence }, workflowChange(one.id, story.roundId, 2, change), {
        actor: { id: 'fu', role: 'fu_secretariat', name: 'Frederik Underbjerg' },
        correlationId: 'test',
        causationId: null,
      }).envelope;
    const meeting = { id: randomUUID(), body: 'FU' as const, date: '2025-09-02', agendaItem: 1 };
    const scheduled = workflowEvent(WorkflowEvent.ProposalScheduled, 1, { state: 'on_fu_agenda', stateSequence: 3, meeting });
    const postponed = workflowEvent(WorkflowEvent.ProposalDecidedByFu, 2, { stateSequence: 4, meeting, outcome: 'postponed', decisionText: 'Udsat.' });
    const lapsed = workflowEvent(WorkflowEvent.ProposalLapsedAtAgreement, 3, {
      state: 'lapsed',
      stateSequence: 5,
      reason: 'Bortfaldet ved budgetvedtagelsen.',
    });

    await db.$transaction((tx) => applyReadModelBatch([story.roundCreated(), one.drafted(), one.submitted(), lapsed, scheduled], tx));
    await db.$transaction((tx) => applyReadModelBatch([postponed], tx));

    const stored = (await new ProposalRepository(db).lockMany([one.id])).get(one.id);
    expect(stored).toMatchObject({ state: 'lapsed', stateSequence: 5 });
    expect(stored?.steps).toEqual([
      { stateSequence: 3, state: 'on_fu_agenda', meetingDate: '2025-09-02', outcome: null, decisionText: null },
      { stateSequence: 4, state: 'submitted', meetingDate: '2025-09-02', outcome: 'postponed', decisionText: 'Udsat.' },
      { stateSequence: 5, state: 'lapsed', meetingDate: null, outcome: null, decisionText: null },
    ]);
  });

  it('keeps each budget question’s newest snapshot by its own sequence, and the round’s window; every applied event counts', async () => {
    const story = new IntakeEventStory();
    const questions = new QuestionEventStory(story.roundId);
    const one = questions.question('Hvad koster nattevagterne i Aalborg?');
    const two = questions.question('Hvor mange vikarlæger?');
    const window = ['2025-08-15T06:00:00.000Z', '2025-08-24T10:00:00.000Z'] as const;
    const asked = one.asked();
    const assigned = one.assigned({ kind: 'committee', committee: 'SU' });
    const answered = one.answered('Et svar.');
    const sentBack = one.sentBack();
    const answeredAgain = one.answered('Et bedre svar.');
    const approved = one.approved();

    await db.$transaction((tx) =>
      applyReadModelBatch([story.roundCreated(), questions.windowSet(...window), asked, two.asked(), assigned, answered, sentBack], tx),
    );
    const row = (id: string) => db.reportQuestion.findUniqueOrThrow({ where: { id } });
    expect(await row(one.id)).toMatchObject({ roundId: story.roundId, number: 1, state: 'sent_back', sequence: 4 });
    expect((await row(one.id)).snapshot).toMatchObject({ answer: null, answerer: { kind: 'committee', committee: 'SU' } });
    expect(await row(two.id)).toMatchObject({ number: 2, state: 'asked', sequence: 1 });

    await db.$transaction((tx) => applyReadModelBatch([answeredAgain, approved, questions.windowClosed(...window, '2025-08-20T12:00:00.000Z')], tx));
    // An older snapshot arriving late (the consumer's cursor already refuses it) replaces nothing either.
    await db.$transaction((tx) => applyReadModelBatch([sentBack], tx));

    expect(await row(one.id)).toMatchObject({ state: 'approved', sequence: 6 });
    expect((await row(one.id)).snapshot).toMatchObject({ answer: { text: 'Et bedre svar.', approvedBy: 'Karen Holm, Koncernøkonomi' } });
    const round = await db.reportRound.findUniqueOrThrow({ where: { id: story.roundId } });
    expect(round.questionWindow).toEqual({ opensAt: window[0], closesAt: window[1], closedEarlyAt: '2025-08-20T12:00:00.000Z', answeringDays: 6 });
    // The round, two window events and eight question events (the late one included: the cursor keeps it out in service).
    expect(round.dataVersion).toBe(1 + 2 + 8);
  });

  it('refuses a stored proposal whose content is malformed, naming the row and the column', async () => {
    const id = randomUUID();
    await db.$executeRawUnsafe(
      `INSERT INTO report_proposal (id, round_id, content, state, state_sequence, decisions, updated_at)
       VALUES ($1::uuid, $2::uuid, '{"title": 5}'::jsonb, 'submitted', 1, '[]'::jsonb, now())`,
      id,
      randomUUID(),
    );

    const reading = new ProposalRepository(db).lockMany([id]);

    await expect(reading).rejects.toThrow(ParseError);
    await expect(new ProposalRepository(db).lockMany([id])).rejects.toThrow(`report_proposal ${id}.content`);
  });
});
