import { bearer, expectEventually, proposalRequest, roundRequest } from '@budgetflow/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startIntake, startWorkflow } from './support/services';

const su = { role: 'committee_secretariat', committee: 'SU' } as const;
const budgetOffice = { role: 'budget_office' } as const;
const fu = { role: 'fu_secretariat' } as const;
const rr = { role: 'rr_secretariat' } as const;
const reader = { role: 'reader' } as const;

const amendedTable = {
  rows: [
    {
      label: 'Effektiv ambulatoriedrift – diverse initiativer',
      category: 'drift',
      cells: { '2026': '-8,0', '2027': '-8,0', '2028': '-9,5', permanent: '-9,5' },
    },
    { label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', category: 'etablering', cells: { '2026': '-', '2027': '-', '2028': '-', permanent: '-' } },
  ],
};

// A proposal from draft to adopted through every step, over the two services' APIs, with Kafka in between.
describe('a budget proposal from draft to adopted, across intake and workflow', () => {
  let intake: INestApplication;
  let workflow: INestApplication;

  beforeAll(async () => {
    workflow = await startWorkflow();
    intake = await startIntake(workflow);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([intake?.close(), workflow?.close()]);
  });

  it('is drafted, submitted, returned, corrected, resubmitted, scheduled, approved with changes by FU and adopted by RR in the budget agreement', async () => {
    const toIntake = () => request(intake.getHttpServer());
    const toWorkflow = () => request(workflow.getHttpServer());
    // The persons' names travel from their tokens into the events' actor and onto both services' history; the budget
    // office's token has none, so its lines carry none.
    const [committee, office, fuAuth, rrAuth, readerAuth] = await Promise.all([
      bearer(su, { name: 'Søren Ulriksen' }),
      bearer(budgetOffice),
      bearer(fu, { name: 'Frederik Underbjerg' }),
      bearer(rr, { name: 'Rikke Rasmussen' }),
      bearer(reader),
    ]);
    const intakeState = async (id: string) => (await toIntake().get(`/proposals/${id}`).set('Authorization', readerAuth).expect(200)).body;
    const workflowState = async (id: string) => (await toWorkflow().get(`/proposals/${id}`).set('Authorization', readerAuth).expect(200)).body;

    // Intake: the budget office opens the round; the committee drafts and submits.
    const round = await toIntake().post('/rounds').set('Authorization', office).send(roundRequest()).expect(201);
    const roundId = round.body.id as string;
    const created = await toIntake().post(`/rounds/${roundId}/proposals`).set('Authorization', committee).send(proposalRequest('B26-SU-01')).expect(201);
    const id = created.body.id as string;
    await toIntake().post(`/proposals/${id}/submit`).set('Authorization', committee).send({}).expect(200);

    // Workflow learns of it, and the budget office sends it back with remarks.
    await expectEventually(async () => expect(await workflowState(id)).toMatchObject({ state: 'submitted', reference: 'B26-SU-01', roundId }));
    const returned = await toWorkflow()
      .post(`/proposals/${id}/return`)
      .set('Authorization', office)
      .send({ remark: 'Angiv de berørte matrikler.' })
      .expect(200);
    expect(returned.body).toMatchObject({ state: 'returned', remark: 'Angiv de berørte matrikler.' });

    // Intake: the committee may edit again, corrects and resubmits.
    await expectEventually(async () => expect(await intakeState(id)).toMatchObject({ state: 'returned', remark: 'Angiv de berørte matrikler.' }));
    const current = await intakeState(id);
    const corrected = proposalRequest('B26-SU-01', { area: 'Aalborg Universitetshospital og Regionshospital Nordjylland (alle matrikler)' });
    await toIntake().put(`/proposals/${id}`).set('Authorization', committee).set('If-Match', String(current.version)).send(corrected).expect(200);
    await toIntake().post(`/proposals/${id}/submit`).set('Authorization', committee).send({}).expect(200);

    // Workflow: back to submitted; the budget office approves the formalities and puts it on FU's agenda.
    await expectEventually(async () => expect(await workflowState(id)).toMatchObject({ state: 'submitted' }));
    const fuMeeting = await toWorkflow()
      .post('/meetings')
      .set('Authorization', office)
      .send({ roundId, body: 'FU', date: '2025-05-19', title: 'FU-møde 19. maj 2025' })
      .expect(201);
    const agenda = await toWorkflow().post(`/meetings/${fuMeeting.body.id}/agenda-items`).set('Authorization', office).send({ proposalId: id }).expect(201);
    expect(agenda.body.agenda).toEqual([expect.objectContaining({ number: 1, proposalId: id, reference: 'B26-SU-01', state: 'on_fu_agenda' })]);
    await expectEventually(async () => expect(await intakeState(id)).toMatchObject({ state: 'on_fu_agenda', allowedActions: [] }));

    // FU approves with changes; the original table stays on record.
    const decided = await toWorkflow()
      .post(`/meetings/${fuMeeting.body.id}/agenda-items/1/decision`)
      .set('Authorization', fuAuth)
      .send({ outcome: 'approved_with_changes', text: 'Forretningsudvalget godkendte forslaget med en mindre besparelse i 2026-2027.', amendedTable })
      .expect(200);
    expect(decided.body).toMatchObject({ state: 'approved_by_fu' });
    expect(decided.body.totals).toEqual({ '2026': -8000, '2027': -8000, '2028': -9500, permanent: -9500 });
    expect(decided.body.originalTable).toEqual(created.body.content.table);
    // The committee sees FU's amounts beside what it submitted, computed by the domain's one rule.
    await expectEventually(async () =>
      expect(await intakeState(id)).toMatchObject({
        state: 'approved_by_fu',
        decidedBy: 'FU',
        decidedTotals: { '2026': -8000, '2027': -8000, '2028': -9500, permanent: -9500 },
        totals: created.body.totals,
      }),
    );

    // RR adopts it with the budget agreement.
    const rrMeeting = await toWorkflow().post('/meetings').set('Authorization', rrAuth).send({ roundId, body: 'RR', date: '2025-10-08' }).expect(201);
    const agreement = await toWorkflow()
      .post(`/meetings/${rrMeeting.body.id}/budget-agreement`)
      .set('Authorization', rrAuth)
      .send({ parties: ['Socialdemokratiet', 'Venstre', 'Det Konservative Folkeparti'], date: '2025-09-16', proposalIds: [id] })
      .expect(201);
    expect(agreement.body.decisions).toEqual([
      expect.objectContaining({ proposalId: id, outcome: 'adopted', outcomeLabel: 'Vedtaget', meetingDate: '2025-10-08' }),
    ]);
    await expectEventually(async () => expect(await intakeState(id)).toMatchObject({ state: 'adopted', stateLabel: 'Vedtaget' }));

    // The workflow's record: state, both tables, every step with who, from, to, why and where.
    const final = await workflowState(id);
    expect(final).toMatchObject({
      state: 'adopted',
      stateLabel: 'Vedtaget',
      decidedTable: decided.body.decidedTable,
      originalTable: created.body.content.table,
      allowedActions: [],
    });
    expect(
      final.agenda.map((entry: { body: string; agendaItem: number; decision: { outcome: string } }) => [entry.body, entry.agendaItem, entry.decision.outcome]),
    ).toEqual([
      ['FU', 1, 'approved_with_changes'],
      ['RR', 1, 'adopted'],
    ]);
    const history = await toWorkflow().get(`/proposals/${id}/history`).set('Authorization', readerAuth).expect(200);
    expect(
      history.body.map((entry: { action: string; fromState: string | null; toState: string; actorRole: string; actorName: string | null }) => [
        entry.action,
        entry.fromState,
        entry.toState,
        entry.actorRole,
        entry.actorName,
      ]),
    ).toEqual([
      ['create', null, 'draft', 'committee_secretariat', 'Søren Ulriksen'],
      ['submit', 'draft', 'submitted', 'committee_secretariat', 'Søren Ulriksen'],
      ['return_with_remarks', 'submitted', 'returned', 'budget_office', null],
      ['edit', 'returned', 'returned', 'committee_secretariat', 'Søren Ulriksen'],
      ['submit', 'returned', 'submitted', 'committee_secretariat', 'Søren Ulriksen'],
      ['schedule_for_fu', 'submitted', 'on_fu_agenda', 'budget_office', null],
      ['fu_approve_with_changes', 'on_fu_agenda', 'approved_by_fu', 'fu_secretariat', 'Frederik Underbjerg'],
      ['rr_adopt', 'approved_by_fu', 'adopted', 'rr_secretariat', 'Rikke Rasmussen'],
    ]);
    expect(history.body[2].remark).toBe('Angiv de berørte matrikler.');
    expect(history.body[6]).toMatchObject({
      meeting: { id: fuMeeting.body.id, agendaItem: 1 },
      originalTable: created.body.content.table,
      decidedTable: decided.body.decidedTable,
    });

    // Intake's own history shows the workflow's decisions too, applied from the events, with the names they carry.
    const intakeHistory = await toIntake().get(`/proposals/${id}/history`).set('Authorization', readerAuth).expect(200);
    expect(
      intakeHistory.body.map((entry: { action: string; toState: string; actorName: string | null }) => [entry.action, entry.toState, entry.actorName]),
    ).toEqual([
      ['create', 'draft', 'Søren Ulriksen'],
      ['submit', 'submitted', 'Søren Ulriksen'],
      ['return_with_remarks', 'returned', null],
      ['edit', 'returned', 'Søren Ulriksen'],
      ['submit', 'submitted', 'Søren Ulriksen'],
      ['schedule_for_fu', 'on_fu_agenda', null],
      ['approved_with_changes', 'approved_by_fu', 'Frederik Underbjerg'],
      ['adopted', 'adopted', 'Rikke Rasmussen'],
    ]);

    const decisions = await toWorkflow().get(`/rounds/${roundId}/decisions`).set('Authorization', readerAuth).expect(200);
    expect(
      decisions.body.decisions.map((decision: { body: string; outcome: string; reference: string }) => [decision.body, decision.outcome, decision.reference]),
    ).toEqual([
      ['FU', 'approved_with_changes', 'B26-SU-01'],
      ['RR', 'adopted', 'B26-SU-01'],
    ]);
    expect(decisions.body.agreement).toMatchObject({ parties: ['Socialdemokratiet', 'Venstre', 'Det Konservative Folkeparti'], date: '2025-09-16' });
  }, 90_000);
});
