import SwaggerParser from '@apidevtools/swagger-parser';
import { PROPOSAL_STATES } from '@budgetflow/domain';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startIntakeApp, stopIntakeApp } from './support/intake-test-app';

// The API documentation at /docs/openapi.json, as the app serves it: a valid OpenAPI 3 document that describes
// every route with its parameters and problem answers, with Danish descriptions.

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema?: { type?: string; format?: string; enum?: string[] };
}

interface MediaType {
  schema?: { $ref?: string; type?: string; items?: { $ref?: string } };
}

interface Operation {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  security?: Record<string, string[]>[];
}

interface Schema {
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  required?: string[];
}

interface OpenApiDocument {
  openapi: string;
  info: { title: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
}

const PROBLEM_SCHEMA = '#/components/schemas/ProblemDetailsSchema';

interface DocumentedOperation {
  method: 'get' | 'post' | 'put';
  path: string;
  pathParameters: string[];
  queryParameters?: string[];
  headers?: string[];
  /** The schema of the request body, if it takes one. */
  body?: string;
  /** The media type of a raw file body (an upload), if it takes one instead of JSON. */
  rawBody?: string;
  success: '200' | '201';
  /** Needs a bearer token (everything but /health). */
  secured?: false;
}

const OPERATIONS: DocumentedOperation[] = [
  { method: 'post', path: '/rounds', pathParameters: [], headers: ['Idempotency-Key'], body: 'CreateRoundDto', success: '201' },
  { method: 'get', path: '/rounds', pathParameters: [], success: '200' },
  { method: 'get', path: '/rounds/{roundId}', pathParameters: ['roundId'], success: '200' },
  { method: 'post', path: '/rounds/{roundId}/proposals', pathParameters: ['roundId'], headers: ['Idempotency-Key'], body: 'ProposalDraftDto', success: '201' },
  { method: 'get', path: '/proposals', pathParameters: [], queryParameters: ['roundId', 'committee', 'state', 'page', 'pageSize'], success: '200' },
  { method: 'get', path: '/proposals/{proposalId}', pathParameters: ['proposalId'], success: '200' },
  { method: 'put', path: '/proposals/{proposalId}', pathParameters: ['proposalId'], headers: ['If-Match'], body: 'UpdateProposalDto', success: '200' },
  {
    method: 'post',
    path: '/proposals/{proposalId}/submit',
    pathParameters: ['proposalId'],
    headers: ['If-Match', 'Idempotency-Key'],
    body: 'ProposalActionDto',
    success: '200',
  },
  {
    method: 'post',
    path: '/proposals/{proposalId}/withdraw',
    pathParameters: ['proposalId'],
    headers: ['If-Match', 'Idempotency-Key'],
    body: 'ProposalActionDto',
    success: '200',
  },
  { method: 'get', path: '/proposals/{proposalId}/history', pathParameters: ['proposalId'], success: '200' },
  { method: 'get', path: '/health', pathParameters: [], success: '200', secured: false },
  { method: 'get', path: '/rounds/{roundId}/proposals/import-template.xlsx', pathParameters: ['roundId'], success: '200' },
  {
    method: 'post',
    path: '/rounds/{roundId}/proposals/import',
    pathParameters: ['roundId'],
    queryParameters: ['dryRun'],
    headers: ['Idempotency-Key'],
    rawBody: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    success: '201',
  },
];

const WRITES = OPERATIONS.filter((operation) => operation.method !== 'get');
// The idempotency interceptor honours the header on every POST (a reused key is answered 422).
const POSTS = OPERATIONS.filter((operation) => operation.method === 'post');

/** Every schema the API reads or answers with, and the problem schemas. */
const SCHEMAS = [
  'CreateRoundDto',
  'CommitteeDto',
  'RoundDatesDto',
  'RoundView',
  'ProposalDraftDto',
  'UpdateProposalDto',
  'TextSectionDto',
  'ConsequenceTableDto',
  'ConsequenceRowDto',
  'ProposalActionDto',
  'ProposalView',
  'ProposalPageView',
  'HistoryEntryView',
  'ProblemDetailsSchema',
  'ProblemIssueSchema',
  'ImportResultView',
  'ImportedProposalView',
];

// Words that give an English text away; Danish descriptions have none of them.
const ENGLISH = /\b(the|and|of|is|are|must|should|which|when|returns?|list of|per page|number of|date of)\b/i;

describe('intake OpenAPI document (/docs/openapi.json)', () => {
  let app: NestExpressApplication;
  let document: OpenApiDocument;

  beforeAll(async () => {
    app = await startIntakeApp();
    const response = await request(app.getHttpServer())
      .get('/docs/openapi.json')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    document = response.body;
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  const operation = (method: string, path: string): Operation => {
    const found = document.paths[path]?.[method];
    if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    return found;
  };

  it('is a valid OpenAPI 3 document, with every $ref resolvable', async () => {
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    // The validator dereferences in place: it gets a copy, and no external file or URL is followed.
    await expect(SwaggerParser.validate(structuredClone(document) as never, { resolve: { external: false } })).resolves.toMatchObject({
      openapi: document.openapi,
    });
  });

  it('describes exactly the routes the app serves', () => {
    // The routes Express really has (Nest's catch-all and the documentation pages aside), in OpenAPI notation.
    const express = app.getHttpAdapter().getInstance();
    const layers = express.router.stack as { route?: { path: string; methods: Record<string, boolean> } }[];
    const served = layers.flatMap(({ route }) =>
      !route || route.path.startsWith('/docs') || route.path.includes('*')
        ? []
        : Object.keys(route.methods)
            .filter((method) => route.methods[method] && method !== '_all')
            .map((method) => `${method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(served.sort()).toEqual(documented.sort());
    expect(documented.sort()).toEqual(OPERATIONS.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort());
  });

  it.each(OPERATIONS)(
    '$method $path is described with its parameters, body and answer',
    ({ method, path, pathParameters, queryParameters = [], headers = [], body, rawBody, success, secured }) => {
      const described = operation(method, path);
      const parameters = described.parameters ?? [];
      const named = (where: Parameter['in']) => parameters.filter((parameter) => parameter.in === where).map((parameter) => parameter.name);

      expect(described.summary).toEqual(expect.stringMatching(/\S/));
      expect(described.summary).not.toMatch(ENGLISH);
      expect(named('path').sort()).toEqual([...pathParameters].sort());
      for (const name of pathParameters)
        expect(parameters.find((parameter) => parameter.name === name)).toMatchObject({ in: 'path', required: true, schema: { type: 'string' } });
      expect(named('query').sort()).toEqual([...queryParameters].sort());
      expect(named('header').sort()).toEqual([...headers].sort());
      for (const parameter of parameters.filter((parameter) => parameter.in !== 'path')) {
        expect({ name: parameter.name, required: parameter.required ?? false, description: parameter.description }).toEqual({
          name: parameter.name,
          required: false,
          description: expect.stringMatching(/\S/),
        });
      }
      if (body) expect(described.requestBody?.content['application/json']?.schema).toEqual({ $ref: `#/components/schemas/${body}` });
      else if (rawBody) expect(described.requestBody?.content[rawBody]?.schema).toMatchObject({ type: 'string', format: 'binary' });
      else expect(described.requestBody).toBeUndefined();
      expect(Object.keys(described.responses)).toContain(success);
      if (secured === false) expect(described.security ?? []).toEqual([]);
      else expect(described.security).toEqual([{ bearer: [] }]);
    },
  );

  it('documents the list filters: the known states, and UUIDs for the round', () => {
    const parameters = operation('get', '/proposals').parameters ?? [];
    expect(parameters.find((parameter) => parameter.name === 'state')?.schema?.enum).toEqual([...PROPOSAL_STATES]);
    expect(parameters.find((parameter) => parameter.name === 'roundId')?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    expect(document.components.securitySchemes?.['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each(WRITES)('$method $path documents its 400, 401, 403 and 409 answers as problem details', ({ method, path }) => {
    const { responses } = operation(method, path);
    for (const status of ['400', '401', '403', '409']) {
      expect({ status, description: responses[status]?.description, schema: responses[status]?.content?.['application/problem+json']?.schema }).toEqual({
        status,
        description: expect.stringMatching(/\S/),
        schema: { $ref: PROBLEM_SCHEMA },
      });
    }
  });

  it.each(POSTS)('$method $path documents the Idempotency-Key header and the 422 of a reused key', ({ method, path }) => {
    const described = operation(method, path);
    expect((described.parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name)).toContain('Idempotency-Key');
    expect(described.responses['422']?.content?.['application/problem+json']?.schema).toEqual({ $ref: PROBLEM_SCHEMA });
  });

  it('describes a problem: its stable code, and every issue with code, field path and message', () => {
    const { ProblemDetailsSchema: problem, ProblemIssueSchema: issue } = document.components.schemas;
    expect(Object.keys(problem.properties ?? {})).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'instance', 'errors']));
    expect(problem.properties?.['errors']?.items).toEqual({ $ref: '#/components/schemas/ProblemIssueSchema' });
    expect(issue.required).toEqual(expect.arrayContaining(['code', 'path', 'message']));
  });

  it('describes the proposal fields in Danish', () => {
    const { ProposalDraftDto: draft, ConsequenceRowDto: row, TextSectionDto: section } = document.components.schemas;
    expect(draft.properties?.['title']?.description).toBe('Forslagets titel');
    expect(draft.properties?.['area']?.description).toBe('Hospital/virksomhed/område forslaget vedrører');
    expect(draft.properties?.['kind']?.description).toBe('Forslagets art');
    expect(draft.properties?.['table']?.description).toBe('Økonomisk konsekvens');
    expect(draft.properties?.['fundingSource']?.description).toMatch(/finansieres af ulighedspuljen/);
    expect(row.properties?.['cells']?.description).toMatch(/mio\. kr\., dansk format/);
    expect(section.properties?.['body']?.description).toBe('Afsnittets tekst');
    expect(document.info.title).toBe('Budgetflow: Indsendelse af budgetforslag');
  });

  it('describes fields, parameters and operations in Danish, never in English', () => {
    const texts: string[] = [document.info.description ?? ''];
    for (const schema of Object.values(document.components.schemas)) {
      texts.push(schema.description ?? '', ...Object.values(schema.properties ?? {}).map((property) => property.description ?? ''));
    }
    for (const operations of Object.values(document.paths)) {
      for (const described of Object.values(operations))
        texts.push(described.summary ?? '', ...(described.parameters ?? []).map((parameter) => parameter.description ?? ''));
    }
    expect(texts.filter((text) => ENGLISH.test(text))).toEqual([]);
    expect(texts.filter((text) => text !== '').length).toBeGreaterThan(60);
  });

  it('describes every field of every schema it reads or answers with (README: «/docs has every field, in Danish»)', () => {
    const undescribed = Object.fromEntries(
      SCHEMAS.map((name) => [
        name,
        Object.entries(document.components.schemas[name]?.properties ?? {})
          .filter(([, property]) => !property.description?.trim())
          .map(([field]) => field),
      ]).filter(([, fields]) => fields.length > 0),
    );
    expect(SCHEMAS.filter((name) => !document.components.schemas[name])).toEqual([]);
    expect(undescribed).toEqual({});
  });
});
