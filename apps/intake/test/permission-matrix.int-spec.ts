import { Actor } from '@budgetflow/domain';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { bearer, bearerWithClaims, proposalRequest, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createDemoRound, expectProblem, startIntakeApp, stopIntakeApp, writtenState } from './support/intake-test-app';

// Who may do what in intake, over HTTP: every caller against every endpoint, one cell per test. Each cell acts
// on its own fresh draft of Sundhedsudvalget (SU), so no cell depends on another.

type ActionName =
  | 'POST /rounds'
  | 'GET /rounds'
  | 'GET /rounds/:id'
  | 'POST /rounds/:id/proposals (own committee)'
  | 'POST /rounds/:id/proposals (another committee in the body)'
  | 'GET /proposals'
  | 'GET /proposals/:id'
  | 'PUT /proposals/:id'
  | 'POST /proposals/:id/submit'
  | 'POST /proposals/:id/withdraw'
  | 'GET /proposals/:id/history';

/** What a write changes when it is allowed; a refused one must change none of it. */
type Effect = 'round' | 'new proposal' | 'the draft';

interface Subject {
  roundId: string;
  /** A fresh draft of SU, version 1, with one history line. */
  proposalId: string;
}

interface Caller {
  name: string;
  /** The Authorization header, or undefined for none. */
  authorization: () => Promise<string | undefined>;
  /** The committee of a committee secretariat's token. */
  committee?: string;
}

interface Action {
  effect?: Effect;
  send: (http: ReturnType<typeof request>, subject: Subject, caller: Caller) => request.Test;
}

const su: Actor = { role: 'committee_secretariat', committee: 'SU' };

const uniqueRoundName = () => `Budget 2026 (${randomUUID().slice(0, 8)})`;

/** A draft body for the caller's own committee: no committee and no reference, so both come from the token. */
const ownDraft = (committee = 'SU') => proposalRequest(`B26-${committee}-01`, { committee: undefined, reference: undefined });

const ACTIONS: Record<ActionName, Action> = {
  'POST /rounds': { effect: 'round', send: (http) => http.post('/rounds').send(roundRequest(undefined, { name: uniqueRoundName() })) },
  'GET /rounds': { send: (http) => http.get('/rounds') },
  'GET /rounds/:id': { send: (http, { roundId }) => http.get(`/rounds/${roundId}`) },
  'POST /rounds/:id/proposals (own committee)': {
    effect: 'new proposal',
    send: (http, { roundId }, caller) => http.post(`/rounds/${roundId}/proposals`).send(ownDraft(caller.committee)),
  },
  'POST /rounds/:id/proposals (another committee in the body)': {
    effect: 'new proposal',
    send: (http, { roundId }, caller) => http.post(`/rounds/${roundId}/proposals`).send({ ...ownDraft(), committee: caller.committee === 'SU' ? 'DNS' : 'SU' }),
  },
  'GET /proposals': { send: (http, { roundId }) => http.get('/proposals').query({ roundId }) },
  'GET /proposals/:id': { send: (http, { proposalId }) => http.get(`/proposals/${proposalId}`) },
  'PUT /proposals/:id': {
    effect: 'the draft',
    send: (http, { proposalId }) =>
      http.put(`/proposals/${proposalId}`).send({ ...proposalRequest('B26-SU-01', { reference: undefined, title: 'Rettet titel' }), version: 1 }),
  },
  'POST /proposals/:id/submit': { effect: 'the draft', send: (http, { proposalId }) => http.post(`/proposals/${proposalId}/submit`).send({}) },
  'POST /proposals/:id/withdraw': { effect: 'the draft', send: (http, { proposalId }) => http.post(`/proposals/${proposalId}/withdraw`).send({}) },
  'GET /proposals/:id/history': { send: (http, { proposalId }) => http.get(`/proposals/${proposalId}/history`) },
};

interface Expected {
  status: number;
  /** The problem code of a refusal. */
  code?: string;
}

const OK: Expected = { status: 200 };
const CREATED: Expected = { status: 201 };
const forbidden = (code: string): Expected => ({ status: 403, code });
const NOT_FOUND: Expected = { status: 404, code: 'proposal.not_found' };
const READS_ALLOWED = { 'GET /rounds': OK, 'GET /rounds/:id': OK, 'GET /proposals': OK, 'GET /proposals/:id': OK, 'GET /proposals/:id/history': OK } as const;
// SU's fresh draft was never submitted: it is SU's own (and the budget office's) business, a 404 for anybody else.
const READS_WITHOUT_THE_DRAFT = { ...READS_ALLOWED, 'GET /proposals/:id': NOT_FOUND, 'GET /proposals/:id/history': NOT_FOUND } as const;

/** Whose drafts a role sees in lists: every committee's, its own committee's, or none. */
type DraftsSeen = 'all' | 'own' | 'none';

const outcomeText = ({ status, code }: Expected) => (code ? `${status} ${code}` : String(status));

const actor = (name: string, who: Actor): Caller => ({ name, authorization: () => bearer(who), committee: 'committee' in who ? who.committee : undefined });

/** A role without proposal rights: it may read what it may see, create no proposal, and act on none. */
function centralRole(caller: Caller, createRound: Expected, actOnProposal: Expected, drafts: DraftsSeen) {
  return {
    caller,
    drafts,
    expected: {
      ...(drafts === 'all' ? READS_ALLOWED : READS_WITHOUT_THE_DRAFT),
      'POST /rounds': createRound,
      'POST /rounds/:id/proposals (own committee)': forbidden('proposal.committee_only'),
      'POST /rounds/:id/proposals (another committee in the body)': forbidden('proposal.committee_only'),
      // A role that may not read SU's draft is told nothing about it: the 404 of a random id (issue 25).
      'PUT /proposals/:id': drafts === 'all' ? actOnProposal : NOT_FOUND,
      'POST /proposals/:id/submit': drafts === 'all' ? actOnProposal : NOT_FOUND,
      'POST /proposals/:id/withdraw': drafts === 'all' ? actOnProposal : NOT_FOUND,
    } satisfies Record<ActionName, Expected>,
    allowedActions: [] as string[],
  };
}

const ROLES = [
  {
    caller: actor('committee_secretariat of SU (owns the proposal)', su),
    drafts: 'own' as DraftsSeen,
    expected: {
      ...READS_ALLOWED,
      'POST /rounds': forbidden('round.budget_office_only'),
      'POST /rounds/:id/proposals (own committee)': CREATED,
      'POST /rounds/:id/proposals (another committee in the body)': forbidden('workflow.not_owner'),
      'PUT /proposals/:id': OK,
      'POST /proposals/:id/submit': OK,
      'POST /proposals/:id/withdraw': OK,
    } satisfies Record<ActionName, Expected>,
    allowedActions: ['edit', 'submit', 'withdraw'],
  },
  {
    caller: actor('committee_secretariat of DNS (another committee)', { role: 'committee_secretariat', committee: 'DNS' }),
    drafts: 'own' as DraftsSeen,
    expected: {
      ...READS_WITHOUT_THE_DRAFT,
      'POST /rounds': forbidden('round.budget_office_only'),
      // Its own committee is DNS: it may draft for DNS, never for SU; SU's draft does not exist for it (issue 25).
      'POST /rounds/:id/proposals (own committee)': CREATED,
      'POST /rounds/:id/proposals (another committee in the body)': forbidden('workflow.not_owner'),
      'PUT /proposals/:id': NOT_FOUND,
      'POST /proposals/:id/submit': NOT_FOUND,
      'POST /proposals/:id/withdraw': NOT_FOUND,
    } satisfies Record<ActionName, Expected>,
    allowedActions: [] as string[],
  },
  centralRole(actor('budget_office', { role: 'budget_office' }), CREATED, forbidden('workflow.wrong_role'), 'all'),
  centralRole(actor('fu_secretariat', { role: 'fu_secretariat' }), forbidden('round.budget_office_only'), forbidden('workflow.wrong_role'), 'none'),
  centralRole(actor('rr_secretariat', { role: 'rr_secretariat' }), forbidden('round.budget_office_only'), forbidden('workflow.wrong_role'), 'none'),
  centralRole(actor('reader', { role: 'reader' }), forbidden('round.budget_office_only'), forbidden('workflow.reader_read_only'), 'none'),
];

// Tokens that must never get in: each carries the claims of a caller who would otherwise be allowed.
const REFUSED_TOKENS: Caller[] = [
  { name: 'no token', authorization: async () => undefined },
  { name: 'a malformed token', authorization: async () => 'Bearer not-a-jwt' },
  {
    name: 'a token signed with another key',
    authorization: () => bearerWithClaims({ ...su }, { subject: 'forger', secret: 'another-secret-of-at-least-32-characters!' }),
  },
  { name: 'an expired token', authorization: () => bearerWithClaims({ ...su }, { expiresInSeconds: -60 }) },
  { name: 'a token with an unknown role', authorization: () => bearerWithClaims({ role: 'mayor', committee: 'SU' }) },
  { name: 'a committee token without a committee', authorization: () => bearerWithClaims({ role: 'committee_secretariat' }) },
];

const actionNames = Object.keys(ACTIONS) as ActionName[];

const roleCells = ROLES.flatMap(({ caller, expected, allowedActions, drafts }) =>
  actionNames.map((action) => ({ who: caller.name, caller, action, allowedActions, drafts, ...expected[action], outcome: outcomeText(expected[action]) })),
);
const tokenCells = REFUSED_TOKENS.flatMap((caller) => actionNames.map((action) => ({ who: caller.name, caller, action, outcome: '401 auth.unauthenticated' })));

describe('intake permission matrix: every caller against every endpoint', () => {
  let app: NestExpressApplication;
  let roundId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    roundId = await createDemoRound(app);
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  /** A fresh draft of SU for one cell. */
  async function freshSubject(): Promise<Subject> {
    const created = await request(app.getHttpServer())
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', await bearer(su))
      .send(ownDraft())
      .expect(201);
    return { roundId, proposalId: created.body.id };
  }

  async function proposalAsSeen(proposalId: string) {
    const http = request(app.getHttpServer());
    // The budget office sees drafts too.
    const auth = await bearer({ role: 'budget_office' });
    const proposal = await http.get(`/proposals/${proposalId}`).set('Authorization', auth).expect(200);
    const history = await http.get(`/proposals/${proposalId}/history`).set('Authorization', auth).expect(200);
    return {
      version: proposal.body.version,
      state: proposal.body.state,
      title: proposal.body.content.title,
      history: history.body.map((line: { action: string }) => line.action),
    };
  }

  async function send(action: ActionName, subject: Subject, caller: Caller) {
    const test = ACTIONS[action].send(request(app.getHttpServer()), subject, caller);
    const authorization = await caller.authorization();
    return authorization === undefined ? test : test.set('Authorization', authorization);
  }

  async function expectRefusedWithoutEffect(action: ActionName, caller: Caller, status: number, code: string) {
    const subject = await freshSubject();
    const before = await writtenState(app);
    const response = await send(action, subject, caller);
    expectProblem(response, status, code);
    if (ACTIONS[action].effect) {
      // Nothing changed: the draft as everyone sees it, its history, and no row or event anywhere.
      expect(await proposalAsSeen(subject.proposalId)).toEqual({ version: 1, state: 'draft', title: 'Effektiv ambulatoriedrift', history: ['create'] });
      expect(await writtenState(app)).toEqual(before);
    }
  }

  it.each(roleCells)('$who: $action → $outcome', async ({ caller, action, status, code, allowedActions, drafts }) => {
    if (code !== undefined) {
      await expectRefusedWithoutEffect(action, caller, status, code);
      return;
    }

    const subject = await freshSubject();
    const before = await writtenState(app);
    const response = await send(action, subject, caller);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);

    switch (action) {
      case 'POST /rounds':
        expect(response.body.round).toMatchObject({ region: 'Region Nordjylland', budgetYear: 2026 });
        expect((await writtenState(app)).rounds).toHaveLength(before.rounds.length + 1);
        break;
      case 'POST /rounds/:id/proposals (own committee)':
        expect(response.body).toMatchObject({
          committee: caller.committee,
          state: 'draft',
          version: 1,
          reference: expect.stringMatching(new RegExp(`^B26-${caller.committee}-\\d{2}$`)),
        });
        expect((await writtenState(app)).proposals).toHaveLength(before.proposals.length + 1);
        break;
      case 'PUT /proposals/:id':
        expect(await proposalAsSeen(subject.proposalId)).toEqual({ version: 2, state: 'draft', title: 'Rettet titel', history: ['create', 'edit'] });
        break;
      case 'POST /proposals/:id/submit':
        expect(await proposalAsSeen(subject.proposalId)).toMatchObject({ version: 2, state: 'submitted', history: ['create', 'submit'] });
        break;
      case 'POST /proposals/:id/withdraw':
        expect(await proposalAsSeen(subject.proposalId)).toMatchObject({ version: 2, state: 'withdrawn', history: ['create', 'withdraw'] });
        break;
      case 'GET /rounds':
        expect(response.body.map((round: { id: string }) => round.id)).toContain(roundId);
        break;
      case 'GET /rounds/:id':
        expect(response.body).toMatchObject({ id: roundId, round: { name: 'Budget 2026' } });
        break;
      case 'GET /proposals': {
        // Every proposal of the round the caller may see is listed (20 to a page): drafts only to their committee and the budget office.
        const rows = await app.get(IntakeDatabase).proposal.findMany({ where: { roundId }, select: { committee: true, submittedAt: true } });
        const seen = rows.filter((row) => row.submittedAt !== null || drafts === 'all' || (drafts === 'own' && row.committee === caller.committee));
        const total = seen.length;
        expect(total).toBeLessThanOrEqual(before.proposals.length);
        expect(response.body).toMatchObject({ page: 1, pageSize: 20, total });
        expect(response.body.items).toHaveLength(Math.min(20, total));
        expect(response.body.items.every((item: { roundId: string }) => item.roundId === roundId)).toBe(true);
        break;
      }
      case 'GET /proposals/:id':
        // The actions the API offers this caller are exactly those the matrix allows it.
        expect(response.body).toMatchObject({ id: subject.proposalId, state: 'draft', version: 1 });
        expect([...response.body.allowedActions].sort()).toEqual(allowedActions);
        break;
      case 'GET /proposals/:id/history':
        expect(response.body).toEqual([
          expect.objectContaining({ action: 'create', toState: 'draft', version: 1, actorRole: 'committee_secretariat', actorCommittee: 'SU' }),
        ]);
        break;
      default:
        throw new Error(`No check for the allowed cell ${action}`);
    }
  });

  it.each(tokenCells)('$who: $action → $outcome', ({ caller, action }) => expectRefusedWithoutEffect(action, caller, 401, 'auth.unauthenticated'));
});
