import { Actor } from '@budgetflow/domain';
import { KafkaPublisher } from '@budgetflow/messaging';
import { bearer, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Response } from 'supertest';
import { WorkflowDriver, budgetOffice, fuSecretariat, member, reader, rrSecretariat, suSecretariat } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

type Attempt = (actor: Actor) => Promise<Response>;

interface RoleCase {
  endpoint: string;
  /** Brings a fresh proposal (or meeting) into the state the action needs; returns how to attempt the action. */
  prepare: (driver: WorkflowDriver) => Promise<Attempt>;
  allowed: { actor: Actor; status: number }[];
  refused: [Actor, string][];
}

const rulesRefuse = (...actors: Actor[]): [Actor, string][] => [
  ...actors.map((actor): [Actor, string] => [actor, 'workflow.wrong_role']),
  [reader, 'workflow.reader_read_only'],
  // A member of the regional council reads proposals as a reader does.
  [member, 'workflow.reader_read_only'],
];

const CASES: RoleCase[] = [
  {
    endpoint: 'POST /proposals/{id}/withdraw (a submitted proposal: the workflow holds it)',
    prepare: async (driver) => {
      const { id } = await driver.submitted();
      return async (actor) =>
        driver
          .http()
          .post(`/proposals/${id}/withdraw`)
          .set('Authorization', await bearer(actor))
          .send({});
    },
    allowed: [{ actor: suSecretariat, status: 200 }],
    refused: [...rulesRefuse(budgetOffice, fuSecretariat, rrSecretariat), [{ role: 'committee_secretariat', committee: 'DNS' }, 'workflow.not_owner']],
  },
  {
    endpoint: 'POST /proposals/{id}/return',
    prepare: async (driver) => {
      const { id } = await driver.submitted();
      return async (actor) =>
        driver
          .http()
          .post(`/proposals/${id}/return`)
          .set('Authorization', await bearer(actor))
          .send({ remark: 'Ret formalia.' });
    },
    allowed: [{ actor: budgetOffice, status: 200 }],
    refused: rulesRefuse(suSecretariat, fuSecretariat, rrSecretariat),
  },
  {
    endpoint: 'POST /meetings/{id}/agenda-items (FU: approve formalities and schedule)',
    prepare: async (driver) => {
      const { id } = await driver.submitted();
      const meetingId = await driver.meeting('FU');
      return async (actor) =>
        driver
          .http()
          .post(`/meetings/${meetingId}/agenda-items`)
          .set('Authorization', await bearer(actor))
          .send({ proposalId: id });
    },
    allowed: [{ actor: budgetOffice, status: 201 }],
    refused: rulesRefuse(suSecretariat, fuSecretariat, rrSecretariat),
  },
  {
    endpoint: 'POST /meetings/{id}/agenda-items/{n}/decision (FU)',
    prepare: async (driver) => {
      const scheduled = await driver.scheduled();
      return (actor) => driver.decide(scheduled, actor, { outcome: 'approved', text: 'Godkendt.' });
    },
    allowed: [{ actor: fuSecretariat, status: 200 }],
    refused: rulesRefuse(suSecretariat, budgetOffice, rrSecretariat),
  },
  {
    endpoint: 'POST /meetings/{id}/agenda-items (RR)',
    prepare: async (driver) => {
      const id = await driver.approvedByFu();
      const meetingId = await driver.meeting('RR');
      return async (actor) =>
        driver
          .http()
          .post(`/meetings/${meetingId}/agenda-items`)
          .set('Authorization', await bearer(actor))
          .send({ proposalId: id });
    },
    allowed: [
      { actor: budgetOffice, status: 201 },
      { actor: rrSecretariat, status: 201 },
    ],
    refused: [
      [suSecretariat, 'agenda.forbidden'],
      [fuSecretariat, 'agenda.forbidden'],
      [reader, 'agenda.forbidden'],
      [member, 'agenda.forbidden'],
    ],
  },
  {
    endpoint: 'POST /meetings/{id}/agenda-items/{n}/decision (RR)',
    prepare: async (driver) => {
      const onAgenda = await driver.onRrAgenda();
      return (actor) => driver.decide(onAgenda, actor, { outcome: 'not_adopted', text: 'Ikke vedtaget.' });
    },
    allowed: [{ actor: rrSecretariat, status: 200 }],
    refused: rulesRefuse(suSecretariat, budgetOffice, fuSecretariat),
  },
  {
    endpoint: 'POST /meetings/{id}/budget-agreement',
    prepare: async (shared) => {
      // The agreement closes its round: each attempt gets a round of its own.
      const driver = await shared.inOwnRound();
      const id = await driver.approvedByFu();
      const meetingId = await driver.meeting('RR');
      return async (actor) =>
        driver
          .http()
          .post(`/meetings/${meetingId}/budget-agreement`)
          .set('Authorization', await bearer(actor))
          .send({ parties: ['A', 'B'], date: '2025-09-16', proposalIds: [id] });
    },
    allowed: [{ actor: rrSecretariat, status: 201 }],
    refused: rulesRefuse(suSecretariat, budgetOffice, fuSecretariat),
  },
  {
    endpoint: 'POST /meetings (FU)',
    prepare: async (driver) => async (actor) =>
      driver
        .http()
        .post('/meetings')
        .set('Authorization', await bearer(actor))
        .send({ roundId: driver.story.roundId, body: 'FU', date: '2025-05-19' }),
    allowed: [
      { actor: budgetOffice, status: 201 },
      { actor: fuSecretariat, status: 201 },
    ],
    refused: [
      [suSecretariat, 'meeting.forbidden'],
      [rrSecretariat, 'meeting.forbidden'],
      [reader, 'meeting.forbidden'],
      [member, 'meeting.forbidden'],
    ],
  },
  {
    endpoint: 'POST /meetings (RR)',
    prepare: async (driver) => async (actor) =>
      driver
        .http()
        .post('/meetings')
        .set('Authorization', await bearer(actor))
        .send({ roundId: driver.story.roundId, body: 'RR', date: '2025-09-24' }),
    allowed: [
      { actor: budgetOffice, status: 201 },
      { actor: rrSecretariat, status: 201 },
    ],
    refused: [
      [suSecretariat, 'meeting.forbidden'],
      [fuSecretariat, 'meeting.forbidden'],
      [reader, 'meeting.forbidden'],
      [member, 'meeting.forbidden'],
    ],
  },
];

describe('workflow API: the role matrix', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let driver: WorkflowDriver;

  beforeAll(async () => {
    app = await startWorkflowApp();
    publisher = new KafkaPublisher(testKafka());
    driver = new WorkflowDriver(app, publisher);
    await driver.round();
  }, 60_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  // Everything an action can write: a refused one leaves all of it as it was.
  const recorded = async () => {
    const db = app.get(WorkflowDatabase);
    const [proposals, history, events, meetings, items, decisions, agreements] = await Promise.all([
      db.proposal.findMany({ select: { id: true, state: true, version: true }, orderBy: { id: 'asc' } }),
      db.proposalHistory.count(),
      db.outboxEvent.count(),
      db.meeting.count(),
      db.agendaItem.count(),
      db.decision.count(),
      db.budgetAgreement.count(),
    ]);
    return { proposals, history, events, meetings, items, decisions, agreements };
  };

  describe.each(CASES)('$endpoint', ({ prepare, allowed, refused }) => {
    it.each(refused.map(([actor, code]) => [actor.role, actor, code] as const))(
      'refuses %s (403 with the code) and changes nothing',
      async (_role, actor, code) => {
        const attempt = await prepare(driver);
        const before = await recorded();
        const response = await attempt(actor);
        expect(response.status).toBe(403);
        expect(await recorded()).toEqual(before);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body).toMatchObject({ status: 403, code });
        expect(response.body.detail).toEqual(expect.any(String));
      },
    );

    it.each(allowed.map(({ actor, status }) => [actor.role, actor, status] as const))('lets %s do it', async (_role, actor, status) => {
      const attempt = await prepare(driver);
      const response = await attempt(actor);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code: undefined });
    });
  });

  it('lets every role read, and nobody without a token', async () => {
    const { id } = await driver.submitted();
    const meetingId = await driver.meeting('FU');
    const reads = [
      '/proposals',
      `/proposals/${id}`,
      `/proposals/${id}/history`,
      '/meetings',
      `/meetings/${meetingId}`,
      `/rounds/${driver.story.roundId}/decisions`,
    ];
    for (const path of reads) {
      for (const actor of [suSecretariat, budgetOffice, fuSecretariat, rrSecretariat, reader, member]) {
        await driver
          .http()
          .get(path)
          .set('Authorization', await bearer(actor))
          .expect(200);
      }
      const anonymous = await driver.http().get(path).expect(401);
      expect(anonymous.body.code).toBe('auth.unauthenticated');
    }
  });

  it('documents every endpoint, in Danish, at /docs', async () => {
    const response = await driver.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths).sort()).toEqual([
      '/health',
      '/meetings',
      '/meetings/{meetingId}',
      '/meetings/{meetingId}/agenda-items',
      '/meetings/{meetingId}/agenda-items/{number}/decision',
      '/meetings/{meetingId}/budget-agreement',
      '/meetings/{meetingId}/budget-agreement/from-package',
      '/packages/{packageId}',
      '/packages/{packageId}/copy',
      '/packages/{packageId}/history',
      '/proposals',
      '/proposals/{proposalId}',
      '/proposals/{proposalId}/history',
      '/proposals/{proposalId}/return',
      '/proposals/{proposalId}/withdraw',
      '/questions/{questionId}',
      '/questions/{questionId}/answer',
      '/questions/{questionId}/approve',
      '/questions/{questionId}/assign',
      '/questions/{questionId}/history',
      '/questions/{questionId}/merge',
      '/questions/{questionId}/reword',
      '/questions/{questionId}/send-back',
      '/rounds/{roundId}/decisions',
      '/rounds/{roundId}/packages',
      '/rounds/{roundId}/packages/comparison',
      '/rounds/{roundId}/publications',
      '/rounds/{roundId}/question-window',
      '/rounds/{roundId}/question-window/close',
      '/rounds/{roundId}/questions',
    ]);
    expect(response.body.paths['/proposals/{proposalId}/return'].post.summary).toBe('Send forslaget retur til udvalget med bemærkninger (Koncernøkonomi)');
    expect(Object.keys(response.body.paths['/meetings/{meetingId}/agenda-items/{number}/decision'].post.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409']),
    );
  });
});
