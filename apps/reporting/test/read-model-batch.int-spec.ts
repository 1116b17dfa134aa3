import { ParseError } from '@budgetflow/contracts';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { IntakeEventStory, testDatabaseUrl } from '@budgetflow/testing';
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
