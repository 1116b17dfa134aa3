import { AgreementAdoptedV2, EventEnvelope, Topic, physicalTopic } from '@budgetflow/contracts';
import { Actor } from '@budgetflow/domain';
import { KafkaPublisher } from '@budgetflow/messaging';
import { TopicReader, bearer, expectEventually, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Response } from 'supertest';
import { WorkflowDriver, budgetOffice, fuSecretariat, reader, rrSecretariat, suSecretariat } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

const every = (text: string) => ({ '2026': text, '2027': text, '2028': text, permanent: text });
const medicine = { key: 'medicin', chapter: 'Hospitaler', title: 'Reserve til medicinudgifter', amounts: every('5,0'), area: 'Hospitaler' };
const emergency = {
  key: 'akut',
  chapter: 'Hospitaler',
  title: 'Flere ansatte på akutmodtagelserne',
  amounts: { '2026': '4,0', '2027': '4,0', '2028': '-', permanent: '-' },
  source: 'sundhedspakken',
  committee: 'SU',
};
const healthPackage = { key: 'sundhedspakken', name: 'sundhedspakken', amounts: { '2026': '4,0', '2027': '4,0', '2028': '-', permanent: '-' } };

function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
}

describe('negotiation packages and the agreement from a package (PostgreSQL, Kafka)', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let driver: WorkflowDriver;
  let events: TopicReader;
  let db: WorkflowDatabase;

  beforeAll(async () => {
    app = await startWorkflowApp();
    publisher = new KafkaPublisher(testKafka());
    driver = new WorkflowDriver(app, publisher);
    events = new TopicReader(physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']));
    await events.start();
    db = app.get(WorkflowDatabase);
    await driver.round();
  }, 60_000);
  afterAll(async () => {
    await events?.stop();
    await publisher?.close();
    await app?.close();
  });

  const as = async (actor: Actor) => bearer(actor);
  const createPackage = async (on: WorkflowDriver, body: Record<string, unknown>, actor: Actor = budgetOffice) =>
    on
      .http()
      .post(`/rounds/${on.story.roundId}/packages`)
      .set('Authorization', await as(actor))
      .send(body);
  const savePackage = async (id: string, body: Record<string, unknown>, version: number | null, actor: Actor) => {
    const put = driver
      .http()
      .put(`/packages/${id}`)
      .set('Authorization', await as(actor));
    return (version === null ? put : put.set('If-Match', `"${version}"`)).send(body);
  };

  it('keeps packages with their balance, saves with a version guard (two negotiators at once: the second is told what changed), copies, compares, and publishes nothing', async () => {
    const su01 = await driver.approvedByFu('B26-SU-01');
    const su02 = await driver.approvedByFu('B26-SU-02');
    const outboxBefore = await db.outboxEvent.count();
    const first = { name: 'Forhandlingsoplæg 1', raaderum: every('0'), proposals: [{ proposalId: su01 }], initiatives: [medicine] };

    const created = await createPackage(driver, first);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, content: { name: 'Forhandlingsoplæg 1' }, balance: { balanced: true } });
    expect(created.body.balance.sources[0].columns.map((column: { balance: number }) => column.balance)).toEqual([5000, 5000, 5000, 5000]);
    const id: string = created.body.id;

    // Two negotiators save on version 1 at the same time: the row lock orders them, the second is refused.
    const [byOffice, byRr] = await Promise.all([
      savePackage(id, { ...first, proposals: [{ proposalId: su01 }, { proposalId: su02 }] }, 1, budgetOffice),
      savePackage(id, { ...first, name: 'RR’s oplæg' }, 1, rrSecretariat),
    ]);
    expect([byOffice.status, byRr.status].sort()).toEqual([200, 409]);
    const [saved, refused] = byOffice.status === 200 ? [byOffice, byRr] : [byRr, byOffice];
    expect(saved.body.version).toBe(2);
    expectProblem(refused, 409, 'package.version_conflict');
    // Test tokens carry no name: the saver is named by role and login id.
    const winner = byOffice.status === 200 ? 'Koncernøkonomi (test-budget_office)' : 'RR-sekretariatet (test-rr_secretariat)';
    expect(refused.body.detail).toContain(`er gemt af ${winner}, siden du hentede version 1; den aktuelle version er 2`);
    expect(refused.body.errors).toEqual([
      {
        code: 'package.changed_since',
        path: 'version',
        message: byOffice.status === 200 ? 'Forslaget B26-SU-02 er taget med.' : 'Pakken er omdøbt fra «Forhandlingsoplæg 1» til «RR’s oplæg».',
      },
    ]);
    expectProblem(await savePackage(id, first, null, budgetOffice), 428, 'request.version_required');

    const copy = await driver
      .http()
      .post(`/packages/${id}/copy`)
      .set('Authorization', await as(rrSecretariat))
      .send({ name: 'Forhandlingsoplæg 2' })
      .expect(201);
    expect(copy.body).toMatchObject({ version: 1, content: { name: 'Forhandlingsoplæg 2', initiatives: [expect.objectContaining({ key: 'medicin' })] } });

    const history = await driver
      .http()
      .get(`/packages/${id}/history`)
      .set('Authorization', await as(rrSecretariat))
      .expect(200);
    expect(history.body.map((line: { version: number; action: string }) => [line.version, line.action])).toEqual([
      [1, 'created'],
      [2, 'updated'],
    ]);
    const copyHistory = await driver
      .http()
      .get(`/packages/${copy.body.id}/history`)
      .set('Authorization', await as(budgetOffice))
      .expect(200);
    expect(copyHistory.body).toEqual([
      expect.objectContaining({
        version: 1,
        action: 'copied',
        copiedFrom: id,
        actor: { id: 'test-rr_secretariat', name: 'RR-sekretariatet (test-rr_secretariat)', role: 'rr_secretariat' },
      }),
    ]);

    const list = await driver
      .http()
      .get(`/rounds/${driver.story.roundId}/packages`)
      .set('Authorization', await as(budgetOffice))
      .expect(200);
    expect(list.body.map((pkg: { id: string }) => pkg.id)).toEqual([id, copy.body.id]);

    const comparison = await driver
      .http()
      .get(`/rounds/${driver.story.roundId}/packages/comparison?ids=${id}&ids=${copy.body.id}`)
      .set('Authorization', await as(budgetOffice))
      .expect(200);
    expect(comparison.body.packages.map((pkg: { id: string }) => pkg.id)).toEqual([id, copy.body.id]);
    expect(comparison.body.columns).toEqual(['2026', '2027', '2028', 'permanent']);

    // Nothing of a package reaches another service: no outbox row was written for any of it.
    expect(await db.outboxEvent.count()).toBe(outboxBefore);
  });

  it('is confidential: a reader, FU and a committee get 404 on every package route, as for a package that does not exist', async () => {
    const su01 = await driver.approvedByFu('B26-PSU-01');
    const created = await createPackage(driver, { name: 'Hemmeligt oplæg', raaderum: every('0'), proposals: [{ proposalId: su01 }] });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const roundId = driver.story.roundId;
    const rrMeeting = await driver.meeting('RR');
    for (const outsider of [reader, fuSecretariat, suSecretariat]) {
      const token = await as(outsider);
      const attempts = [
        driver.http().get(`/rounds/${roundId}/packages`).set('Authorization', token),
        driver
          .http()
          .post(`/rounds/${roundId}/packages`)
          .set('Authorization', token)
          .send({ name: 'x', raaderum: every('0') }),
        driver.http().get(`/rounds/${roundId}/packages/comparison?ids=${id}&ids=${id}`).set('Authorization', token),
        driver.http().get(`/packages/${id}`).set('Authorization', token),
        driver
          .http()
          .put(`/packages/${id}`)
          .set('Authorization', token)
          .set('If-Match', '"1"')
          .send({ name: 'x', raaderum: every('0') }),
        driver.http().post(`/packages/${id}/copy`).set('Authorization', token).send({}),
        driver.http().get(`/packages/${id}/history`).set('Authorization', token),
        driver
          .http()
          .post(`/meetings/${rrMeeting}/budget-agreement/from-package`)
          .set('Authorization', token)
          .send({ packageId: id, signatories: [{ kind: 'party', name: 'A' }], date: '2025-09-24' }),
      ];
      for (const response of await Promise.all(attempts)) expectProblem(response, 404, 'package.not_found');
    }
    const unknown = await driver
      .http()
      .get('/packages/00000000-0000-4000-8000-000000000999')
      .set('Authorization', await as(rrSecretariat));
    expectProblem(unknown, 404, 'package.not_found');
  });

  it('turns a balanced package into the agreement: refuses an unbalanced one and one with a proposal FU has not approved, then closes the round with agreement.adopted.v2', async () => {
    const own = await driver.inOwnRound();
    const su01 = await own.approvedByFu('B26-SU-01');
    const su02 = await own.approvedByFu('B26-SU-02');
    const onAgenda = await own.scheduled('B26-DNS-02');
    const rrMeeting = await own.meeting('RR');
    const balanced = {
      name: 'Forhandlingsoplæg 2',
      raaderum: every('0'),
      sources: [healthPackage],
      proposals: [{ proposalId: su01 }, { proposalId: su02, amendedTable: { rows: [{ label: 'Drift', category: 'drift', cells: every('-12,0') }] } }],
      initiatives: [medicine, emergency],
    };
    const confirm = async (packageId: string) =>
      own
        .http()
        .post(`/meetings/${rrMeeting}/budget-agreement/from-package`)
        .set('Authorization', await as(rrSecretariat))
        .send({
          packageId,
          signatories: [
            { kind: 'party', name: 'Socialdemokratiet' },
            { kind: 'party', name: 'Venstre' },
            { kind: 'member', name: 'Jens Jensen' },
          ],
          date: '2025-09-24',
          introduction: 'Budgetforslaget og denne aftale udgør tilsammen budgettet.',
          chapters: [{ title: 'Hospitaler', text: 'Hospitalerne skal have ro.' }],
        });

    const unbalanced = await createPackage(own, {
      ...balanced,
      name: 'Forhandlingsoplæg 1',
      initiatives: [{ ...medicine, amounts: { ...every('5,0'), '2028': '25,0' } }, emergency],
    });
    const unbalancedRefusal = await confirm(unbalanced.body.id);
    expectProblem(unbalancedRefusal, 409, 'agreement.package_unbalanced');
    expect(unbalancedRefusal.body.detail).toBe(
      'Pakken kan ikke blive budgetaftalen. Pakken balancerer ikke: råderummet er overskredet med 3,0 mio. kr. i 2028.',
    );
    expect(unbalancedRefusal.body.errors).toEqual([expect.objectContaining({ code: 'agreement.package_unbalanced', path: 'raaderum' })]);

    const withUnapproved = await createPackage(own, { ...balanced, name: 'Med DNS-02', proposals: [...balanced.proposals, { proposalId: onAgenda.id }] });
    const unapprovedRefusal = await confirm(withUnapproved.body.id);
    expectProblem(unapprovedRefusal, 409, 'agreement.proposal_not_approved');
    expect(unapprovedRefusal.body.detail).toContain('FU har ikke godkendt forslaget B26-DNS-02 (Klar til FU)');
    expect(await db.budgetAgreement.count({ where: { roundId: own.story.roundId } })).toBe(0);

    const chosen = await createPackage(own, balanced, rrSecretariat);
    const agreement = await confirm(chosen.body.id);
    expect(agreement.status).toBe(201);
    expect(agreement.body).toMatchObject({ packageId: chosen.body.id, packageVersion: 1, parties: ['Socialdemokratiet', 'Venstre'] });
    expect(agreement.body.decisions.map((decision: { proposalId: string; outcome: string }) => [decision.proposalId, decision.outcome])).toEqual([
      [su01, 'adopted'],
      [su02, 'adopted_with_changes'],
    ]);
    expect(await own.state(su01)).toBe('adopted');
    expect(await own.state(onAgenda.id)).toBe('lapsed');
    const adoptedWithChanges = await own
      .http()
      .get(`/proposals/${su02}`)
      .set('Authorization', await as(reader))
      .expect(200);
    expect(adoptedWithChanges.body.decidedTable.rows[0].cells).toEqual(every(-12000 as never));
    expect(adoptedWithChanges.body.originalTable.rows[0].cells).toEqual(every(-14000 as never));

    await expectEventually(() => expect(events.messages.filter((message) => message.key === own.story.roundId)).toHaveLength(1));
    const adopted = JSON.parse(events.messages.find((message) => message.key === own.story.roundId)?.value ?? '{}') as EventEnvelope<AgreementAdoptedV2>;
    expect(adopted).toMatchObject({ type: 'agreement.adopted', version: 2, aggregateId: own.story.roundId });
    expect(adopted.payload).toMatchObject({
      agreementId: agreement.body.id,
      parties: ['Socialdemokratiet', 'Venstre'],
      signatories: [
        { kind: 'party', name: 'Socialdemokratiet' },
        { kind: 'party', name: 'Venstre' },
        { kind: 'member', name: 'Jens Jensen' },
      ],
      introduction: 'Budgetforslaget og denne aftale udgør tilsammen budgettet.',
      proposalIds: [su01, su02],
      packageName: 'Forhandlingsoplæg 2',
    });
    expect(adopted.payload.chapters).toEqual([
      {
        title: 'Hospitaler',
        text: 'Hospitalerne skal have ro.',
        initiatives: [
          expect.objectContaining({
            key: 'medicin',
            sourceName: null,
            decisionSentence: 'Aftaleparterne er enige om at afsætte 5,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter.',
          }),
          expect.objectContaining({
            key: 'akut',
            sourceName: 'sundhedspakken',
            decisionSentence:
              'Aftaleparterne er enige om at afsætte 4,0 mio. kr. i 2026 og 2027 til flere ansatte på akutmodtagelserne, finansieret af sundhedspakken.',
          }),
        ],
      },
    ]);
    const decidedByRr = events.messages
      .filter((message) => message.key === su02)
      .map((message) => JSON.parse(message.value) as EventEnvelope<{ outcome: string }>)
      .find((envelope) => envelope.type === 'proposal.decided-by-rr');
    expect(decidedByRr?.payload.outcome).toBe('adopted_with_changes');

    // The round is closed: its packages can be read but no longer changed.
    expectProblem(await savePackage(chosen.body.id, balanced, 1, rrSecretariat), 409, 'workflow.round_closed');
  });
});
