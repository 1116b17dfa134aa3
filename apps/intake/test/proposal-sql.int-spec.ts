import { budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { bearer, proposalRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ProposalRepository } from '../src/app/proposals/proposal.repository';
import { readProposal } from '../src/app/proposals/stored-proposal';
import { createDemoRound, startIntakeApp, stopIntakeApp } from './support/intake-test-app';

const su = { role: 'committee_secretariat', committee: 'SU' } as const;
const actor = { id: 'test-committee_secretariat-SU', role: 'committee_secretariat', committee: 'SU', name: 'Søren Ulriksen' };
const cause = { correlationId: randomUUID(), causationId: null };

// Create and submit write through SQL of their own (not Prisma's query compiler): the rows must read back as Prisma
// reads them, and the locks and versions must still refuse what they refused before.
describe('intake: the proposal writes in SQL', () => {
  let app: NestExpressApplication;
  let repository: ProposalRepository;
  let db: IntakeDatabase;
  let roundId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    repository = app.get(ProposalRepository);
    db = app.get(IntakeDatabase);
    roundId = await createDemoRound(app);
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  it('inserts drafts, steps and history lines that read back through Prisma as they were returned', async () => {
    const demo = budget2026Proposals.find((proposal) => proposal.committee === 'SU');
    if (!demo) throw new Error('no demo proposal of SU');
    const validated = validateProposal(demo, budget2026Round);
    if (!validated.ok) throw new Error('the demo proposal is not valid');
    const content = { ...validated.value, reference: 'B26-SU-77' };
    const id = randomUUID();
    const inserted = await repository.transaction(async (tx) => {
      const row = await tx.insertDraft({ id, roundId, content, createdBy: actor.id });
      if (!row) throw new Error('the reference was free');
      await tx.record(actor, [{ row, action: 'create', fromState: null, remark: null }], cause);
      // A second draft with the reference is no row (and no error that would end the transaction).
      expect(await tx.insertDraft({ id: randomUUID(), roundId, content, createdBy: actor.id })).toBeNull();
      return row;
    });
    expect(inserted).toMatchObject({ id, roundId, reference: 'B26-SU-77', committee: 'SU', state: 'draft', stateSequence: 1, version: 1, eventCount: 1 });
    expect(inserted).toEqual(readProposal(await db.proposal.findUniqueOrThrow({ where: { id } })));
    expect(await repository.find(id)).toEqual(inserted);

    const submitted = await repository.transaction(async (tx) => {
      const locked = await tx.lock(id);
      expect(locked).toEqual(inserted);
      const row = await tx.applyStep(id, { state: 'submitted', changesState: true, submittedBy: actor.id });
      await tx.record(actor, [{ row, action: 'submit', fromState: locked.state, remark: null }], cause);
      return row;
    });
    expect(submitted).toMatchObject({ state: 'submitted', stateSequence: 2, version: 2, eventCount: 2, submittedBy: actor.id, content });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(submitted).toEqual(readProposal(await db.proposal.findUniqueOrThrow({ where: { id } })));
    expect(await repository.history(id)).toEqual([
      expect.objectContaining({
        actorId: actor.id,
        actorRole: 'committee_secretariat',
        actorCommittee: 'SU',
        actorName: 'Søren Ulriksen',
        action: 'create',
        fromState: null,
        toState: 'draft',
        version: 1,
      }),
      expect.objectContaining({ action: 'submit', fromState: 'draft', toState: 'submitted', version: 2, remark: null }),
    ]);
  });

  it('lets one of two concurrent edits of the same version through and refuses the other by its version', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);
    const created = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-01')).expect(201);
    const id = created.body.id as string;
    const edit = (title: string) =>
      http.put(`/proposals/${id}`).set('Authorization', auth).set('If-Match', '"1"').send(proposalRequest('B26-SU-01', { title }));
    const answers = await Promise.all([edit('Første udgave'), edit('Anden udgave')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('proposal.version_conflict');

    // A submit of the version before the edit is refused by its version; of the current one, accepted once.
    const stale = await http.post(`/proposals/${id}/submit`).set('Authorization', auth).send({ version: 1 }).expect(409);
    expect(stale.body.code).toBe('proposal.version_conflict');
    const submits = await Promise.all([1, 2].map(() => http.post(`/proposals/${id}/submit`).set('Authorization', auth).send({ version: 2 })));
    expect(submits.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await http.get(`/proposals/${id}`).set('Authorization', auth).expect(200)).body).toMatchObject({ state: 'submitted', version: 3 });
  });
});
