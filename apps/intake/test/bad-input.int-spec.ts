import { Actor, MAX_YEAR_COLUMNS } from '@budgetflow/domain';
import { bearer, proposalRequest, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { expectProblem, startIntakeApp, stopIntakeApp, writtenState } from './support/intake-test-app';

// Bad input of every kind, over HTTP: each is answered with the right status, problem code and field path,
// never with a 500, and writes nothing (no round, proposal, history line, outbox event or idempotency record).

const su: Actor = { role: 'committee_secretariat', committee: 'SU' };
const budgetOffice: Actor = { role: 'budget_office' };
const UNKNOWN_ID = '7b0d5f3e-3c1f-4a57-9f63-2b1c0f0e0a11';
const MAX_BODY_BYTES = 512 * 1024;

/** What each case may use, made fresh for it: a draft (created with an Idempotency-Key) and a submitted proposal. */
interface Context {
  http: ReturnType<typeof request>;
  roundId: string;
  roundName: string;
  draft: { id: string; reference: string; idempotencyKey: string };
  submitted: { id: string; reference: string };
  as: (actor: Actor) => Promise<string>;
}

interface ExpectedIssue {
  code: string;
  path: string;
  /** For amounts, where one issue code covers many reasons: what the Danish message must say. */
  message?: RegExp;
}

interface BadInput {
  kind: string;
  send: (context: Context) => Promise<request.Response>;
  status: number;
  code: string;
  /** Exactly these issues in errors[] (any order); with `some`, at least these. */
  errors?: ExpectedIssue[];
  some?: boolean;
}

/** A valid draft of SU with overrides; the reference is left out (assigned by intake) unless overridden. */
const draft = (overrides: Record<string, unknown> = {}) => proposalRequest('B26-SU-01', { reference: undefined, ...overrides });

const everyColumn = (text: string) => ({ '2026': text, '2027': text, '2028': text, permanent: text });

/** A draft whose table is the one drift row with these cells (overriding «-1,0» in every column). */
const draftWithCells = (cells: Record<string, unknown>) =>
  draft({ table: { rows: [{ label: 'Drift', category: 'drift', cells: { ...everyColumn('-1,0'), ...cells } }] } });

const driftRow = (label: string, overrides: Record<string, unknown> = {}) => ({ label, category: 'drift', cells: everyColumn('-1,0'), ...overrides });

const createDraft = async (c: Context, body: unknown, actor: Actor = su, headers: Record<string, string> = {}): Promise<request.Response> =>
  c.http
    .post(`/rounds/${c.roundId}/proposals`)
    .set('Authorization', await c.as(actor))
    .set(headers)
    .send(body as object);

const createRound = async (c: Context, overrides: Record<string, unknown>): Promise<request.Response> =>
  c.http
    .post('/rounds')
    .set('Authorization', await c.as(budgetOffice))
    .send(roundRequest(undefined, { name: `Budget 2026 (${randomUUID().slice(0, 8)})`, ...overrides }));

const listProposals = async (c: Context, query: Record<string, unknown>): Promise<request.Response> =>
  c.http
    .get('/proposals')
    .set('Authorization', await c.as(su))
    .query(query);

const cell = (key: string, message: RegExp): ExpectedIssue => ({ code: 'table.cell_invalid', path: `table.rows[0].cells.${key}`, message });

const BAD_INPUTS: BadInput[] = [
  // The body as a whole
  {
    kind: 'malformed JSON',
    send: async (c) =>
      c.http
        .post(`/rounds/${c.roundId}/proposals`)
        .set('Authorization', await c.as(su))
        .set('Content-Type', 'application/json')
        .send('{"title": "Effektiv'),
    status: 400,
    code: 'request.malformed_json',
  },
  {
    kind: 'a JSON array instead of an object',
    send: (c) => createDraft(c, [draft()]),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.unknown_field', path: '0' }],
    some: true,
  },
  {
    kind: 'a body over 512 KiB',
    send: (c) => createDraft(c, draft({ sections: [{ kind: 'baggrund', body: 'x'.repeat(MAX_BODY_BYTES + 1) }] })),
    status: 413,
    code: 'request.too_large',
  },
  {
    kind: 'an unknown field',
    send: (c) => createDraft(c, { ...draft(), colour: 'rød' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.unknown_field', path: 'colour' }],
  },

  // Proposal fields
  {
    kind: 'a title that is not a string',
    send: (c) => createDraft(c, draft({ title: 42 })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isString', path: 'title' }],
  },
  {
    kind: 'an empty title (only spaces)',
    send: (c) => createDraft(c, draft({ title: '   ' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.title_empty', path: 'title' }],
  },
  {
    kind: 'a title over 150 characters',
    send: (c) => createDraft(c, draft({ title: 'Effektiv '.repeat(17) })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.title_too_long', path: 'title' }],
  },
  {
    kind: 'an empty area',
    send: (c) => createDraft(c, draft({ area: '' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.area_empty', path: 'area' }],
  },
  {
    kind: 'an unknown kind',
    send: (c) => createDraft(c, draft({ kind: 'besparelse' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.kind_invalid', path: 'kind' }],
  },
  {
    kind: 'an expansion that costs money without a funding source',
    send: (c) =>
      createDraft(c, draft({ kind: 'udvidelse', fundingSource: null, table: { rows: [driftRow('Flere sengepladser', { cells: everyColumn('2,0') })] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.funding_source_missing', path: 'fundingSource' }],
  },

  // Text sections
  {
    kind: 'sections that are not an array',
    send: (c) => createDraft(c, draft({ sections: 'Baggrund: …' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isArray', path: 'sections' }],
  },
  {
    kind: 'an unknown section kind',
    send: (c) =>
      createDraft(
        c,
        draft({
          sections: [
            { kind: 'baggrund', body: 'Baggrund.' },
            { kind: 'konklusion', body: 'Konklusion.' },
          ],
        }),
      ),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.section_kind_invalid', path: 'sections[1].kind' }],
  },
  {
    kind: 'a section without text',
    send: (c) => createDraft(c, draft({ sections: [{ kind: 'baggrund', body: '  ' }] })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.section_body_empty', path: 'sections[0].body' }],
  },
  {
    kind: 'neither a Baggrund nor a Beskrivelse section',
    send: (c) => createDraft(c, draft({ sections: [{ kind: 'oekonomi', body: 'Besparelse på 10 mio. kr.' }] })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.description_missing', path: 'sections' }],
  },

  // The consequence table
  {
    kind: 'a table without rows',
    send: (c) => createDraft(c, draft({ table: { rows: [] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.no_rows', path: 'table.rows' }],
  },
  {
    kind: 'more than 30 rows',
    send: (c) => createDraft(c, draft({ table: { rows: Array.from({ length: 31 }, (_, index) => driftRow(`Drift ${index + 1}`)) } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.arrayMaxSize', path: 'table.rows' }],
  },
  {
    kind: 'a duplicate row label (other case and spacing)',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow('Færre kontroller'), driftRow('  færre   KONTROLLER ')] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.duplicate_row_label', path: 'table.rows[1].label' }],
  },
  {
    kind: 'an empty row label',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow(' ')] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.row_label_empty', path: 'table.rows[0].label' }],
  },
  {
    kind: 'an unknown row category',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow('Løn', { category: 'loen' })] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.category_invalid', path: 'table.rows[0].category' }],
  },
  {
    kind: 'a drift row without a single amount',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow('Drift', { cells: everyColumn('-') })] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.row_empty', path: 'table.rows[0].cells' }],
  },
  {
    kind: 'cells that are not an object',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow('Drift', { cells: ['-1,0', '-1,0', '-1,0', '-1,0'] })] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isObject', path: 'table.rows[0].cells' }],
  },
  {
    kind: 'a cell with letters («ti mio»)',
    send: (c) => createDraft(c, draftWithCells({ '2027': 'ti mio' })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('2027', /«ti mio»/)],
  },
  {
    kind: 'a cell with four decimals («-0,1255»)',
    send: (c) => createDraft(c, draftWithCells({ '2026': '-0,1255' })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('2026', /højst 3 decimaler/)],
  },
  {
    kind: 'a cell with two commas («1,2,5»)',
    send: (c) => createDraft(c, draftWithCells({ '2028': '1,2,5' })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('2028', /ét decimalkomma/)],
  },
  {
    kind: 'a decimal point («1.5»)',
    send: (c) => createDraft(c, draftWithCells({ permanent: '1.5' })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('permanent', /Brug komma: «1,5»/)],
  },
  {
    kind: 'an amount out of range («-2.000.000,0»)',
    send: (c) => createDraft(c, draftWithCells({ '2026': '-2.000.000,0' })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('2026', /mellem/)],
  },
  {
    kind: 'a cell given as a JSON number, not Danish text',
    send: (c) => createDraft(c, draftWithCells({ '2026': -10 })),
    status: 400,
    code: 'request.invalid',
    errors: [cell('2026', /som tekst/)],
  },
  {
    kind: 'a year that is not in the round (2029)',
    send: (c) => createDraft(c, draftWithCells({ '2029': '-1,0' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.unknown_column', path: 'table.rows[0].cells.2029' }],
  },
  {
    kind: 'a missing year column (2027)',
    send: (c) => createDraft(c, draft({ table: { rows: [driftRow('Drift', { cells: { '2026': '-1,0', '2028': '-1,0', permanent: '-1,0' } })] } })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'table.missing_column', path: 'table.rows[0].cells.2027' }],
  },

  // Reference and committee
  {
    kind: 'a reference in the wrong format',
    send: (c) => createDraft(c, draft({ reference: 'SU-2026-1' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.reference_invalid', path: 'reference' }],
  },
  {
    kind: 'a reference of another committee',
    send: (c) => createDraft(c, draft({ reference: 'B26-DNS-07' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.reference_mismatch', path: 'reference' }],
  },
  {
    kind: 'a reference of another budget year',
    send: (c) => createDraft(c, draft({ reference: 'B25-SU-07' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.reference_mismatch', path: 'reference' }],
  },
  {
    kind: 'a reference already used in the round',
    send: (c) => createDraft(c, draft({ reference: c.draft.reference })),
    status: 409,
    code: 'proposal.duplicate_reference',
  },
  {
    kind: 'a used reference with spaces around it',
    send: (c) => createDraft(c, draft({ reference: ` ${c.draft.reference} ` })),
    status: 409,
    code: 'proposal.duplicate_reference',
  },
  {
    kind: 'a committee that is not a fagudvalg (FU)',
    send: (c) => createDraft(c, draft({ committee: undefined }), { role: 'committee_secretariat', committee: 'FU' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.committee_not_fagudvalg', path: 'committee' }],
  },
  {
    kind: 'a committee the round does not have',
    send: (c) => createDraft(c, draft({ committee: undefined }), { role: 'committee_secretariat', committee: 'XYZ' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'proposal.committee_unknown', path: 'committee' }],
  },

  // Ids in the path
  {
    kind: 'a roundId that is not a UUID',
    send: async (c) =>
      c.http
        .post('/rounds/budget-2026/proposals')
        .set('Authorization', await c.as(su))
        .send(draft()),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isUuid', path: 'roundId' }],
  },
  {
    kind: 'an unknown round id',
    send: async (c) =>
      c.http
        .post(`/rounds/${UNKNOWN_ID}/proposals`)
        .set('Authorization', await c.as(su))
        .send(draft()),
    status: 404,
    code: 'round.not_found',
  },
  {
    kind: 'a proposalId that is not a UUID',
    send: async (c) =>
      c.http
        .put('/proposals/B26-SU-01')
        .set('Authorization', await c.as(su))
        .send(draft()),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isUuid', path: 'proposalId' }],
  },
  {
    kind: 'an unknown proposal id',
    send: async (c) =>
      c.http
        .post(`/proposals/${UNKNOWN_ID}/submit`)
        .set('Authorization', await c.as(su))
        .send({}),
    status: 404,
    code: 'proposal.not_found',
  },

  // Versions and the workflow
  {
    kind: 'an If-Match that is not a version',
    send: async (c) =>
      c.http
        .put(`/proposals/${c.draft.id}`)
        .set('Authorization', await c.as(su))
        .set('If-Match', 'seneste')
        .send(draft({ title: 'Ny titel' })),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.if_match', path: 'If-Match' }],
  },
  {
    kind: 'a stale version in the body of an edit',
    send: async (c) =>
      c.http
        .put(`/proposals/${c.draft.id}`)
        .set('Authorization', await c.as(su))
        .send({ ...draft({ title: 'Ny titel' }), version: 2 }),
    status: 409,
    code: 'proposal.version_conflict',
  },
  {
    kind: 'a stale If-Match on a submit',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.draft.id}/submit`)
        .set('Authorization', await c.as(su))
        .set('If-Match', '"7"')
        .send({}),
    status: 409,
    code: 'proposal.version_conflict',
  },
  {
    kind: 'a version below 1',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.draft.id}/submit`)
        .set('Authorization', await c.as(su))
        .send({ version: 0 }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.min', path: 'version' }],
  },
  {
    kind: 'a version that is not a whole number',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.draft.id}/submit`)
        .set('Authorization', await c.as(su))
        .send({ version: 1.5 }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isInt', path: 'version' }],
  },
  {
    kind: 'an unknown field on a workflow action',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.draft.id}/withdraw`)
        .set('Authorization', await c.as(su))
        .send({ remark: 'Trækkes' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.unknown_field', path: 'remark' }],
  },
  {
    kind: 'submitting an already submitted proposal',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.submitted.id}/submit`)
        .set('Authorization', await c.as(su))
        .send({}),
    status: 409,
    code: 'workflow.invalid_transition',
  },
  {
    kind: 'editing a submitted proposal',
    send: async (c) =>
      c.http
        .put(`/proposals/${c.submitted.id}`)
        .set('Authorization', await c.as(su))
        .send({ ...draft({ title: 'Ny titel' }), version: 2 }),
    status: 409,
    code: 'workflow.invalid_transition',
  },

  // Idempotency keys
  {
    kind: 'an Idempotency-Key reused with another body',
    send: (c) => createDraft(c, draft({ title: 'En anden titel' }), su, { 'Idempotency-Key': c.draft.idempotencyKey }),
    status: 422,
    code: 'idempotency.key_reused',
  },
  {
    kind: 'a malformed Idempotency-Key',
    send: async (c) =>
      c.http
        .post(`/proposals/${c.draft.id}/submit`)
        .set('Authorization', await c.as(su))
        .set('Idempotency-Key', 'to ord')
        .send({}),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.idempotency_key', path: 'Idempotency-Key' }],
  },

  // Rounds
  {
    kind: 'round frames that do not add up to the target',
    send: (c) => createRound(c, { frames: { SU: '24,0', DNS: '3,0', PSU: '4,0', UAR: '3,0' } }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.frames_do_not_match_target', path: 'frames' }],
  },
  {
    kind: 'round years that are not consecutive',
    send: (c) => createRound(c, { yearColumns: [2026, 2028, 2029] }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.years_not_consecutive', path: 'yearColumns[1]' }],
  },
  {
    kind: 'more round year columns than the bilag hold',
    send: (c) => createRound(c, { yearColumns: Array.from({ length: MAX_YEAR_COLUMNS + 1 }, (_item, index) => 2026 + index) }),
    status: 400,
    code: 'request.invalid',
    errors: [
      {
        code: 'round.too_many_years',
        path: 'yearColumns',
        message: new RegExp(`højst have ${MAX_YEAR_COLUMNS} årskolonner .*, ikke ${MAX_YEAR_COLUMNS + 1}:`),
      },
    ],
  },
  {
    kind: 'a round frame for a committee the round does not have',
    send: (c) => createRound(c, { frames: { SU: '24,0', DNS: '3,0', PSU: '4,0', XYZ: '4,0' } }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.frame_unknown_committee', path: 'frames.XYZ' }],
  },
  { kind: 'a round name already used in the region', send: (c) => createRound(c, { name: c.roundName }), status: 409, code: 'round.duplicate' },
  { kind: 'a used round name with a trailing space', send: (c) => createRound(c, { name: `${c.roundName} ` }), status: 409, code: 'round.duplicate' },
  {
    kind: 'a round without a name',
    send: async (c) =>
      c.http
        .post('/rounds')
        .set('Authorization', await c.as(budgetOffice))
        .send({ ...roundRequest(), name: undefined }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isString', path: 'name' }],
  },
  {
    kind: 'round dates out of order',
    send: (c) => createRound(c, { dates: { framesApprovedByFu: '2025-06-01', committeeWorkApprovedByFu: '2025-05-19' } }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.dates_out_of_order', path: 'dates.committeeWorkApprovedByFu' }],
  },
  {
    kind: 'an impossible round date (2025-02-30)',
    send: (c) => createRound(c, { dates: { framesApprovedByFu: '2025-02-30' } }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.date_invalid', path: 'dates.framesApprovedByFu' }],
  },
  {
    kind: 'a price level not written P/L-ÅÅÅÅ',
    send: (c) => createRound(c, { priceLevel: '2025-priser' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'round.price_level_invalid', path: 'priceLevel' }],
  },
  {
    kind: 'an unknown committee kind in a round',
    send: (c) => createRound(c, { committees: [{ code: 'SU', name: 'Sundhedsudvalget', kind: 'stående udvalg' }] }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isIn', path: 'committees[0].kind' }],
  },

  // The list query
  {
    kind: 'pageSize 1000',
    send: (c) => listProposals(c, { pageSize: 1000 }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.max', path: 'pageSize' }],
  },
  { kind: 'page 0', send: (c) => listProposals(c, { page: 0 }), status: 400, code: 'request.invalid', errors: [{ code: 'request.min', path: 'page' }] },
  {
    kind: 'an unknown state filter',
    send: (c) => listProposals(c, { state: 'approved' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isIn', path: 'state' }],
  },
  {
    kind: 'a roundId filter that is not a UUID',
    send: (c) => listProposals(c, { roundId: 'Budget 2026' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.isUuid', path: 'roundId' }],
  },
  {
    kind: 'an unknown query parameter',
    send: (c) => listProposals(c, { sort: 'title' }),
    status: 400,
    code: 'request.invalid',
    errors: [{ code: 'request.unknown_field', path: 'sort' }],
  },
];

describe('intake answers bad input with a problem and writes nothing', () => {
  let app: NestExpressApplication;
  let roundId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    const round = await request(app.getHttpServer())
      .post('/rounds')
      .set('Authorization', await bearer(budgetOffice))
      .send(roundRequest())
      .expect(201);
    roundId = round.body.id;
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  async function freshContext(): Promise<Context> {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);
    const idempotencyKey = `bad-input-${randomUUID()}`;
    const created = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).set('Idempotency-Key', idempotencyKey).send(draft()).expect(201);
    const other = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(draft()).expect(201);
    await http.post(`/proposals/${other.body.id}/submit`).set('Authorization', auth).send({}).expect(200);
    return {
      http,
      roundId,
      roundName: 'Budget 2026',
      draft: { id: created.body.id, reference: created.body.reference, idempotencyKey },
      submitted: { id: other.body.id, reference: other.body.reference },
      as: (actor) => bearer(actor),
    };
  }

  /** Sends one bad request on a fresh context; returns the answer and what was stored before and after it. */
  async function answerTo(send: (context: Context) => Promise<request.Response>) {
    const context = await freshContext();
    const before = await writtenState(app);
    const response = await send(context);
    const after = await writtenState(app);
    expect(response.status).toBeLessThan(500);
    return { response, expectNothingWritten: () => expect(after).toEqual(before) };
  }

  it('covers at least 25 distinct kinds of bad input', () => {
    expect(new Set(BAD_INPUTS.map((input) => input.kind)).size).toBe(BAD_INPUTS.length);
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(BAD_INPUTS)('$kind → $status $code', async ({ send, status, code, errors, some }) => {
    const { response, expectNothingWritten } = await answerTo(send);
    expectProblem(response, status, code);
    if (errors) {
      const reported: { code: string; path: string; message: string }[] = response.body.errors;
      const expected = errors.map(({ code, path, message }) => expect.objectContaining({ code, path, message: expect.stringMatching(message ?? /\S/) }));
      expect(reported).toEqual(expect.arrayContaining(expected));
      if (!some) expect(reported).toHaveLength(errors.length);
    }
    expectNothingWritten();
  });

  it('reports every problem of a proposal at once, each with its field', async () => {
    const { response, expectNothingWritten } = await answerTo((c) =>
      createDraft(
        c,
        draft({
          title: '',
          kind: 'besparelse',
          sections: [
            { kind: 'konklusion', body: 'Konklusion.' },
            { kind: 'baggrund', body: 'Baggrund.' },
          ],
          table: { rows: [{ label: 'Drift', category: 'loen', cells: { '2026': '1.5', '2027': 'ti mio', '2028': '-', permanent: '-1,0', '2029': '-1,0' } }] },
        }),
      ),
    );
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map(({ code, path }: ExpectedIssue) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'proposal.title_empty', path: 'title' },
        { code: 'proposal.kind_invalid', path: 'kind' },
        { code: 'proposal.section_kind_invalid', path: 'sections[0].kind' },
        { code: 'table.category_invalid', path: 'table.rows[0].category' },
        { code: 'table.cell_invalid', path: 'table.rows[0].cells.2026' },
        { code: 'table.cell_invalid', path: 'table.rows[0].cells.2027' },
        { code: 'table.unknown_column', path: 'table.rows[0].cells.2029' },
      ]),
    );
    expect(response.body.errors).toHaveLength(7);
    expectNothingWritten();
  });

  it('reports every problem of a round at once, each with its field', async () => {
    const { response, expectNothingWritten } = await answerTo((c) =>
      createRound(c, {
        priceLevel: 'PL 2025',
        yearColumns: [2026, 2027, 2029],
        frames: { SU: '24,0', DNS: '3,0', PSU: '4,0', UAR: '4,5' },
        dates: { rrAdoption: '24-09-2025' },
      }),
    );
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map(({ code, path }: ExpectedIssue) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'round.price_level_invalid', path: 'priceLevel' },
        { code: 'round.years_not_consecutive', path: 'yearColumns[2]' },
        { code: 'round.frames_do_not_match_target', path: 'frames' },
        { code: 'round.date_invalid', path: 'dates.rrAdoption' },
      ]),
    );
    expect(response.body.errors).toHaveLength(4);
    expectNothingWritten();
  });
});
