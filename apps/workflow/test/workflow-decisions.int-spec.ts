import { EventEnvelope, ProposalWorkflowChangedV1, Topic, physicalTopic } from '@budgetflow/contracts';
import { KafkaPublisher } from '@budgetflow/messaging';
import { TopicReader, bearer, expectEventually, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Response } from 'supertest';
import { WorkflowDriver, budgetOffice, fuSecretariat, reader, rrSecretariat } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

const cells = (text: string) => ({ '2026': text, '2027': text, '2028': text, permanent: text });
const amendedTable = {
  rows: [{ label: 'Effektiv ambulatoriedrift – reduceret', category: 'drift', cells: { ...cells('-8,0'), '2027': '−8,0', permanent: '-8,0 mio. kr.' } }],
};

function expectProblem(response: Response, status: number, code: string, detail?: RegExp): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  if (detail) expect(response.body.detail).toMatch(detail);
}

describe('workflow API: decisions on the record, refusals by the rules, events on Kafka', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let driver: WorkflowDriver;
  let events: TopicReader;

  beforeAll(async () => {
    app = await startWorkflowApp();
    publisher = new KafkaPublisher(testKafka());
    driver = new WorkflowDriver(app, publisher);
    events = new TopicReader(physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']));
    await events.start();
    await driver.round();
  }, 60_000);
  afterAll(async () => {
    await events?.stop();
    await publisher?.close();
    await app?.close();
  });

  const returnIt = async (id: string, body: Record<string, unknown> = { remark: 'Ret formalia.' }) =>
    driver
      .http()
      .post(`/proposals/${id}/return`)
      .set('Authorization', await bearer(budgetOffice))
      .send(body);
  const addToAgenda = async (meetingId: string, proposalId: string) =>
    driver
      .http()
      .post(`/meetings/${meetingId}/agenda-items`)
      .set('Authorization', await bearer(budgetOffice))
      .send({ proposalId });
  const envelopesOf = (key: string) =>
    events.messages.filter((message) => message.key === key).map((message) => JSON.parse(message.value) as EventEnvelope<ProposalWorkflowChangedV1>);

  describe('refuses every transition the domain table does not allow, with the rule’s code and Danish reason', () => {
    it('return or schedule in the wrong state (409 workflow.invalid_transition)', async () => {
      const drafted = driver.story.proposal('B26-SU-01');
      await driver.intake(drafted.drafted());
      const meetingId = await driver.meeting('FU');
      expectProblem(await addToAgenda(meetingId, drafted.id), 409, 'workflow.invalid_transition', /«Kladde»/);
      expectProblem(await returnIt(drafted.id), 409, 'workflow.invalid_transition', /Send retur med bemærkninger.*«Kladde»/);

      const returned = await driver.submitted();
      await returnIt(returned.id).then((response) => expect(response.status).toBe(200));
      expectProblem(await returnIt(returned.id), 409, 'workflow.invalid_transition', /«Retur til udvalg»/);
      expectProblem(await addToAgenda(meetingId, returned.id), 409, 'workflow.invalid_transition');

      const scheduled = await driver.scheduled();
      expectProblem(await returnIt(scheduled.id), 409, 'workflow.invalid_transition', /«Klar til FU»/);

      const withdrawn = await driver.submitted();
      await driver.intake(withdrawn.withdrawn());
      expectProblem(await addToAgenda(meetingId, withdrawn.id), 409, 'workflow.invalid_transition', /«Trukket tilbage» er færdigbehandlet/);
      expect(await driver.state(withdrawn.id)).toBe('withdrawn');
    }, 60_000);

    it('a second decision on the same agenda item', async () => {
      const scheduled = await driver.scheduled();
      expect((await driver.decide(scheduled, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' })).status).toBe(200);
      const again = await driver.decide(scheduled, fuSecretariat, { outcome: 'rejected', text: 'Afvist alligevel.' });
      expectProblem(again, 409, 'workflow.invalid_transition', /allerede behandlet af Forretningsudvalget/);
      expect(await driver.state(scheduled.id)).toBe('approved_by_fu');
    });

    it('a postponed item goes back to the budget office; its old agenda item cannot be decided again', async () => {
      const scheduled = await driver.scheduled();
      const postponed = await driver.decide(scheduled, fuSecretariat, { outcome: 'postponed', text: 'Udsat til næste møde.' });
      expect(postponed.body).toMatchObject({ state: 'submitted' });
      expectProblem(
        await driver.decide(scheduled, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' }),
        409,
        'workflow.invalid_transition',
        /først sættes på FU's dagsorden/,
      );

      const nextMeeting = await driver.meeting('FU');
      const item = await driver.putOnAgenda(nextMeeting, scheduled.id);
      expectProblem(await driver.decide(scheduled, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' }), 409, 'agenda.already_decided');
      expect(
        (await driver.decide({ id: scheduled.id, meetingId: nextMeeting, item }, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' })).body,
      ).toMatchObject({ state: 'approved_by_fu' });
    });

    it('FU sends an item back to its committee: returned, held by the committee again, announced as a decision of FU', async () => {
      const scheduled = await driver.scheduled();
      const sentBack = await driver.decide(scheduled, fuSecretariat, {
        outcome: 'returned_to_committee',
        text: 'Udvalget skal belyse konsekvenserne for patienterne.',
      });
      expect(sentBack.body).toMatchObject({ state: 'returned' });
      await expectEventually(() =>
        expect(envelopesOf(scheduled.id).at(-1)).toMatchObject({
          type: 'proposal.decided-by-fu',
          payload: { state: 'returned', outcome: 'returned_to_committee' },
        }),
      );
      expectProblem(await addToAgenda(await driver.meeting('FU'), scheduled.id), 409, 'workflow.invalid_transition', /«Retur til udvalg»/);
    });

    it('an RR decision on a proposal FU has not approved', async () => {
      const rrMeeting = await driver.meeting('RR');
      const scheduled = await driver.scheduled();
      expectProblem(await addToAgenda(rrMeeting, scheduled.id), 409, 'workflow.invalid_transition', /først godkendes af Forretningsudvalget/);

      const rejected = await driver.scheduled();
      await driver.decide(rejected, fuSecretariat, { outcome: 'rejected', text: 'Afvist.' });
      expectProblem(await addToAgenda(rrMeeting, rejected.id), 409, 'workflow.invalid_transition', /«Afvist af FU» er færdigbehandlet/);

      const adopted = await driver.onRrAgenda();
      expect((await driver.decide(adopted, rrSecretariat, { outcome: 'adopted', text: 'Vedtaget.' })).body).toMatchObject({ state: 'adopted' });
      expectProblem(
        await driver.decide(adopted, rrSecretariat, { outcome: 'not_adopted', text: 'Fortrudt.' }),
        409,
        'workflow.invalid_transition',
        /færdigbehandlet/,
      );
      expectProblem(await returnIt(adopted.id), 409, 'workflow.invalid_transition', /«Vedtaget» er færdigbehandlet/);
    }, 60_000);

    it('the budget agreement is one act: one proposal FU has not approved refuses it all', async () => {
      const approved = await driver.approvedByFu('B26-SU-01');
      const notApproved = await driver.scheduled('B26-SU-02');
      const rrMeeting = await driver.meeting('RR');
      const response = await driver
        .http()
        .post(`/meetings/${rrMeeting}/budget-agreement`)
        .set('Authorization', await bearer(rrSecretariat))
        .send({ parties: ['Socialdemokratiet', 'Venstre'], date: '2025-09-16', proposalIds: [approved, notApproved.id] });
      expectProblem(response, 409, 'workflow.invalid_transition', /^Forslaget B26-SU-02: .*først godkendes af Forretningsudvalget/);
      expect(await driver.state(approved)).toBe('approved_by_fu');
      const meeting = await driver
        .http()
        .get(`/meetings/${rrMeeting}`)
        .set('Authorization', await bearer(reader))
        .expect(200);
      expect(meeting.body.agenda).toEqual([]);
      const decisions = await driver
        .http()
        .get(`/rounds/${driver.story.roundId}/decisions`)
        .set('Authorization', await bearer(reader))
        .expect(200);
      expect(decisions.body.agreement).toBeNull();
    }, 60_000);
  });

  describe('refuses incomplete or stale input', () => {
    it('a return without a remark, a decision without its table or with a bad one, an outcome of the other body, a stale version', async () => {
      const submitted = await driver.submitted();
      const blank = await returnIt(submitted.id, { remark: '  ' });
      expectProblem(blank, 400, 'request.invalid');
      expect(blank.body.errors).toEqual([expect.objectContaining({ code: 'workflow.remark_required', path: 'remark' })]);
      expectProblem(await returnIt(submitted.id, { remark: 'Ret.', version: 1 }), 409, 'proposal.version_conflict', /version 1.*er 2/);
      expect((await returnIt(submitted.id, { remark: 'Ret.', version: 2 })).body).toMatchObject({ state: 'returned', version: 3 });

      const scheduled = await driver.scheduled();
      const noTable = await driver.decide(scheduled, fuSecretariat, { outcome: 'approved_with_changes', text: 'Godkendt med ændringer.' });
      expect(noTable.body.errors).toEqual([expect.objectContaining({ code: 'decision.amended_table_required', path: 'amendedTable' })]);
      const badTable = await driver.decide(scheduled, fuSecretariat, {
        outcome: 'approved_with_changes',
        text: 'Godkendt med ændringer.',
        amendedTable: { rows: [{ label: 'Drift', category: 'drift', cells: { ...cells('-8,0'), '2026': '-8,1234', '2030': '1' } }] },
      });
      expectProblem(badTable, 400, 'request.invalid');
      expect(badTable.body.errors.map((issue: { code: string; path: string }) => [issue.code, issue.path])).toEqual([
        ['table.cell_invalid', 'amendedTable.rows[0].cells.2026'],
        ['table.unknown_column', 'amendedTable.rows[0].cells.2030'],
      ]);
      const otherBody = await driver.decide(scheduled, fuSecretariat, { outcome: 'adopted', text: 'Vedtaget.' });
      expect(otherBody.body.errors).toEqual([expect.objectContaining({ code: 'decision.outcome_invalid', path: 'outcome' })]);
      expect(await driver.state(scheduled.id)).toBe('on_fu_agenda');
    }, 60_000);
  });

  it('an amended FU decision keeps the original table: the proposal shows both, and so does the history', async () => {
    const scheduled = await driver.scheduled('B26-SU-01');
    const decided = await driver.decide(scheduled, fuSecretariat, {
      outcome: 'approved_with_changes',
      text: 'FU godkendte en mindre besparelse.',
      amendedTable,
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'approved_by_fu', stateLabel: 'Godkendt af FU' });
    expect(decided.body.totals).toEqual({ '2026': -8000, '2027': -8000, '2028': -8000, permanent: -8000 });
    expect(decided.body.decidedTable.rows).toEqual([
      { label: 'Effektiv ambulatoriedrift – reduceret', category: 'drift', cells: { '2026': -8000, '2027': -8000, '2028': -8000, permanent: -8000 } },
    ]);
    const originalRows = decided.body.originalTable.rows as { cells: Record<string, number | null> }[];
    expect(originalRows.reduce((sum, row) => sum + (row.cells['2026'] ?? 0), 0)).toBe(-10000);
    expect(decided.body.agenda).toEqual([
      expect.objectContaining({
        body: 'FU',
        agendaItem: 1,
        decision: expect.objectContaining({
          outcome: 'approved_with_changes',
          outcomeLabel: 'Godkendt med ændringer',
          originalTable: decided.body.originalTable,
          amendedTable: decided.body.decidedTable,
        }),
      }),
    ]);

    const history = await driver
      .http()
      .get(`/proposals/${scheduled.id}/history`)
      .set('Authorization', await bearer(reader))
      .expect(200);
    const decision = history.body[history.body.length - 1];
    expect(decision).toMatchObject({
      action: 'fu_approve_with_changes',
      fromState: 'on_fu_agenda',
      toState: 'approved_by_fu',
      actorRole: 'fu_secretariat',
      outcome: 'approved_with_changes',
      decisionText: 'FU godkendte en mindre besparelse.',
      meeting: { id: scheduled.meetingId, agendaItem: 1 },
      originalTable: decided.body.originalTable,
      decidedTable: decided.body.decidedTable,
    });

    // RR adopts without further changes: FU's amended table stays in force, the original stays on record.
    const rrMeeting = await driver.meeting('RR');
    const item = await driver.putOnAgenda(rrMeeting, scheduled.id);
    const adopted = await driver.decide({ id: scheduled.id, meetingId: rrMeeting, item }, rrSecretariat, { outcome: 'adopted', text: 'Vedtaget.' });
    expect(adopted.body).toMatchObject({ state: 'adopted', decidedTable: decided.body.decidedTable, originalTable: decided.body.originalTable });
  }, 60_000);

  it('RR adopts with changes: its table is in force, FU’s and the original stay on record', async () => {
    const onAgenda = await driver.onRrAgenda('B26-UAR-01');
    const rrTable = { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '-1,5', '2027': '-2,0', '2028': '-2,0', permanent: '-' } }] };
    const adopted = await driver.decide(onAgenda, rrSecretariat, { outcome: 'adopted_with_changes', text: 'Vedtaget med ændringer.', amendedTable: rrTable });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ state: 'adopted', totals: { '2026': -1500, '2027': -2000, '2028': -2000, permanent: null } });
    expect(adopted.body.originalTable).not.toEqual(adopted.body.decidedTable);
    expect(
      adopted.body.agenda.map((entry: { body: string; decision: { outcome: string; amendedTable: unknown } }) => [
        entry.body,
        entry.decision.outcome,
        entry.decision.amendedTable === null,
      ]),
    ).toEqual([
      ['FU', 'approved', true],
      ['RR', 'adopted_with_changes', false],
    ]);
  });

  it('publishes every decision on the workflow topic, keyed by the proposal, numbered per proposal; the agreement keyed by the round', async () => {
    // The agreement closes its round, settling every other proposal in it: this test takes a round of its own.
    await driver.freshRound();
    const story = await driver.submitted('B26-PSU-01');
    await returnIt(story.id, { remark: 'Uddyb baggrunden.' });
    story.follow('returned');
    await driver.intake(story.updated('Uddybet'), story.submitted());
    const meetingId = await driver.meeting('FU');
    const item = await driver.putOnAgenda(meetingId, story.id);
    await driver.decide({ id: story.id, meetingId, item }, fuSecretariat, { outcome: 'approved_with_changes', text: 'Godkendt med ændringer.', amendedTable });
    const rrMeeting = await driver.meeting('RR');
    const agreement = await driver
      .http()
      .post(`/meetings/${rrMeeting}/budget-agreement`)
      .set('Authorization', await bearer(rrSecretariat))
      .send({ parties: ['Socialdemokratiet', 'Venstre', 'SF'], date: '2025-09-16', proposalIds: [story.id] })
      .expect(201);
    expect(agreement.body).toMatchObject({
      roundId: driver.story.roundId,
      meetingId: rrMeeting,
      parties: ['Socialdemokratiet', 'Venstre', 'SF'],
      date: '2025-09-16',
    });
    expect(agreement.body.decisions).toEqual([
      expect.objectContaining({
        proposalId: story.id,
        body: 'RR',
        outcome: 'adopted',
        agendaItem: 1,
        text: 'Vedtaget med budgetaftalen af 2025-09-16 mellem Socialdemokratiet, Venstre og SF.',
      }),
    ]);

    await expectEventually(() => expect(envelopesOf(story.id)).toHaveLength(4));
    const received = envelopesOf(story.id);
    // The state sequence counts on from intake's (drafted 1, submitted 2; resubmitted 4 after the return at 3).
    expect(
      received.map((envelope) => [envelope.type, envelope.sequence, envelope.payload.state, envelope.payload.stateSequence, envelope.payload.outcome]),
    ).toEqual([
      ['proposal.returned', 1, 'returned', 3, null],
      ['proposal.scheduled', 2, 'on_fu_agenda', 5, null],
      ['proposal.decided-by-fu', 3, 'approved_by_fu', 6, 'approved_with_changes'],
      ['proposal.decided-by-rr', 4, 'adopted', 7, 'adopted'],
    ]);
    expect(received[0].payload).toMatchObject({ proposalId: story.id, roundId: driver.story.roundId, remark: 'Uddyb baggrunden.', meeting: null });
    expect(received[1].payload.meeting).toEqual({ id: meetingId, body: 'FU', date: expect.stringMatching(/^2025-05-\d\d$/), agendaItem: item });
    expect(received[2].payload).toMatchObject({
      decisionText: 'Godkendt med ændringer.',
      decidedTable: { rows: [expect.objectContaining({ cells: cells(-8000 as never) })] },
    });
    expect(received[3].payload.meeting).toMatchObject({ id: rrMeeting, body: 'RR', agendaItem: 1 });
    expect(received.map((envelope) => envelope.actor.role)).toEqual(['budget_office', 'budget_office', 'fu_secretariat', 'rr_secretariat']);

    await expectEventually(() => expect(envelopesOf(driver.story.roundId)).toHaveLength(1));
    const [adopted] = envelopesOf(driver.story.roundId) as unknown as EventEnvelope<Record<string, unknown>>[];
    expect(adopted).toMatchObject({ type: 'agreement.adopted', version: 2, sequence: 1, aggregateId: driver.story.roundId });
    // Without a package: v1's fields, and the document of one chapter «Aftalen» signed by the parties.
    expect(adopted.payload).toEqual({
      agreementId: agreement.body.id,
      roundId: driver.story.roundId,
      parties: ['Socialdemokratiet', 'Venstre', 'SF'],
      date: '2025-09-16',
      proposalIds: [story.id],
      signatories: ['Socialdemokratiet', 'Venstre', 'SF'].map((name) => ({ kind: 'party', name })),
      introduction: '',
      chapters: [{ title: 'Aftalen', text: '', initiatives: [] }],
      packageName: null,
    });

    const decisions = await driver
      .http()
      .get(`/rounds/${driver.story.roundId}/decisions`)
      .set('Authorization', await bearer(reader))
      .expect(200);
    expect(decisions.body.agreement).toMatchObject({ id: agreement.body.id });
    expect(
      decisions.body.decisions
        .filter((decision: { proposalId: string }) => decision.proposalId === story.id)
        .map((decision: { body: string; outcome: string }) => [decision.body, decision.outcome]),
    ).toEqual([
      ['FU', 'approved_with_changes'],
      ['RR', 'adopted'],
    ]);
    const again = await driver
      .http()
      .post(`/meetings/${rrMeeting}/budget-agreement`)
      .set('Authorization', await bearer(rrSecretariat))
      .send({ parties: ['Venstre'], date: '2025-09-17', proposalIds: [story.id] });
    expectProblem(again, 409, 'agreement.exists');
  }, 60_000);
});
