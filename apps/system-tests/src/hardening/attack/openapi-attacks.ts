// Generated attacks from an OpenAPI document (issue 14): for every operation, bad requests of many kinds, each sent
// with some role's token (or none). What must hold: never a 5xx, every refusal an application/problem+json with a
// code, and nothing written by a refused request.
import fc from 'fast-check';
import request from 'supertest';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  allOf?: Schema[];
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface AttackTarget {
  /** The app's HTTP server (supertest). */
  server: Parameters<typeof request>[0];
  document: OpenApiDocument;
  /** "Bearer …" values for every role, plus whatever else should be tried; undefined sends no token. */
  tokens: (string | undefined)[];
  /** A fingerprint of everything the service stores; equal before and after a refused request. */
  snapshot: () => Promise<string>;
  /** Waits until background work a successful request started (outbox relay, consumers) has settled. */
  settle?: () => Promise<void>;
  /** Real values for path parameters (ids that exist), so that attacks reach validation and the rules. */
  pathValues?: Record<string, string[]>;
  /** A valid body per operation ("POST /rounds"), mutated by the attacks; otherwise one is built from the schema. */
  validBodies?: Record<string, unknown>;
  /** Files an upload operation ("POST /rounds/{roundId}/proposals/import") is sent instead of JSON: spreadsheet bombs. */
  uploads?: Record<string, readonly { readonly name: string; readonly contentType: string; readonly bytes: Buffer }[]>;
  /** Operations left out ("GET /docs"), e.g. those that only serve documentation. */
  skip?: string[];
  requestsPerOperation: number;
  seed: number;
}

export interface Finding {
  operation: string;
  attack: string;
  status: number;
  problem: string;
}

export interface AttackReport {
  requests: number;
  findings: Finding[];
  statuses: Record<string, number>;
}

// Strings that broke things somewhere once: control characters, lone surrogates, emoji, RTL, huge, SQL, paths.
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '😀',
  'שלום',
  '\u202e',
  '\u200b',
  '\r\n\u0007\u001b[31m',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  '٣',
  '1e309',
  '-0',
  'NaN',
  '__proto__',
  'constructor',
];
// Issue 25: texts a spreadsheet would take for a formula (OWASP CSV injection), and long unbroken words.
const FORMULA_STRINGS = ['=HYPERLINK("https://evil.example","Klik")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"];
const LONG_WORD_LENGTHS = [101, 151, 201, 501, 20_001, 100_000];
// Cookies a service never reads and must not stumble over: bad % escapes, a session cookie that cannot be decoded.
const MALFORMED_COOKIES = ['a=%E0%A4%A', 'budgetflow_session=%zz', 'x=%; y=%%', '=%ff', 'constructor=1; __proto__=%'];
const ODD_NUMBERS = [0, -1, 1.5, -0, 2147483647, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 1e20];
const ODD_PATH_VALUES = [
  '0',
  '-1',
  '2147483648',
  '99999999999999999999',
  '1e20',
  '0x10',
  '%00',
  '%F0%9F%98%80',
  '%ED%A0%80',
  'null',
  'undefined',
  'a'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  '..%2F..',
];

const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => `x${String.fromCharCode(unit)}y`),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.constantFrom<unknown>(...ODD_NUMBERS, null, true, false, [], {}, [[[]]], { a: { b: {} } }),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
);

/** A small seeded random source (mulberry32): the same seed plans the same attacks. */
export class Dice {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** An integer in [min, max]. */
  nextInt(min: number, max: number): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  }
}

type Mutation = { name: string; apply: (body: unknown, random: Dice) => { body?: unknown; raw?: string; contentType?: string } };

const paths = (value: unknown, prefix: string[] = []): string[][] => {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
};
/** Paths inside the body (not the body itself), and `extra`, which may not be there. */
const innerPaths = (value: unknown, extra: string[]): string[][] =>
  paths(value)
    .filter((path) => path.length > 0)
    .concat([extra]);
/** Paths to the values of one type (the whole body when there is none). */
const pathsOf = (value: unknown, type: 'string' | 'number'): string[][] => {
  const found = paths(value).filter((path) => typeof path.reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], value) === type);
  return found.length > 0 ? found : [[]];
};
const setAt = (value: unknown, path: string[], replacement: unknown, remove = false): unknown => {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...(value as Record<string, unknown>) };
  const [head, ...rest] = path;
  if (remove && rest.length === 0) {
    if (Array.isArray(copy)) (copy as unknown as unknown[]).splice(Number(head), 1);
    else delete copy[head];
    return copy;
  }
  copy[head] = setAt(copy[head], rest, replacement, remove);
  return copy;
};
/** Percent-encodes any string, a lone surrogate too (as the three bytes WTF-8 gives it, which no UTF-8 decoder accepts). */
const encode = (value: string): string =>
  Array.from(value, (character) => {
    const unit = character.charCodeAt(0);
    if (character.length === 1 && unit >= 0xd800 && unit <= 0xdfff)
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    return encodeURIComponent(character);
  }).join('');
const pick = <T>(random: Dice, items: readonly T[]): T => items[random.nextInt(0, items.length - 1)];
const sampleOne = <T>(arbitrary: fc.Arbitrary<T>, random: Dice): T => fc.sample(arbitrary, { seed: random.nextInt(0, 2 ** 31 - 1), numRuns: 1 })[0];

const MUTATIONS: Mutation[] = [
  // The valid body, so that odd parameters, headers and tokens meet a request that is otherwise fine.
  { name: 'the valid body', apply: (body) => ({ body }) },
  {
    name: 'an odd text in a text field',
    apply: (body, random) => ({ body: setAt(body, pick(random, pathsOf(body, 'string')), sampleOne(oddString, random)) }),
  },
  {
    name: 'a formula at the start of a text field',
    apply: (body, random) => ({ body: setAt(body, pick(random, pathsOf(body, 'string')), pick(random, FORMULA_STRINGS)) }),
  },
  {
    name: 'a long unbroken word in a text field',
    apply: (body, random) => ({ body: setAt(body, pick(random, pathsOf(body, 'string')), 'W'.repeat(pick(random, LONG_WORD_LENGTHS))) }),
  },
  {
    name: 'a boundary number in a number field',
    apply: (body, random) => ({ body: setAt(body, pick(random, pathsOf(body, 'number')), pick(random, ODD_NUMBERS)) }),
  },
  {
    name: 'a field with an odd value',
    apply: (body, random) => ({
      body: setAt(body, pick(random, innerPaths(body, [])), sampleOne(oddValue, random)),
    }),
  },
  {
    name: 'a field of the wrong type',
    apply: (body, random) => ({ body: setAt(body, pick(random, paths(body)), pick(random, [42, 'tekst', true, null, [], {}, [1, 2], -1.5])) }),
  },
  {
    name: 'a missing field',
    apply: (body, random) => ({
      body: setAt(body, pick(random, innerPaths(body, ['x'])), undefined, true),
    }),
  },
  { name: 'an extra field', apply: (body, random) => ({ body: setAt(body, [pick(random, ['extra', 'prototype', '', 'ä', 'x'.repeat(300)])], 'x') }) },
  {
    name: 'a __proto__ key',
    apply: (body) => ({
      raw: JSON.stringify(body ?? {})
        .replace(/^\{/, '{"__proto__":{"polluted":true},')
        .replace(/^\{"__proto__":\{"polluted":true\},\}$/, '{"__proto__":{"polluted":true}}'),
    }),
  },
  {
    name: 'deep nesting',
    apply: (_, random) => {
      const depth = pick(random, [20, 200, 3000]);
      return { raw: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` };
    },
  },
  {
    name: 'deep arrays',
    apply: (_, random) => {
      const depth = pick(random, [50, 5000]);
      return { raw: `${'['.repeat(depth)}${']'.repeat(depth)}` };
    },
  },
  {
    name: 'a huge array',
    apply: (body, random) => ({
      body: setAt(
        body,
        pick(random, innerPaths(body, ['rows'])),
        Array.from({ length: pick(random, [1000, 20000]) }, (_, index) => index),
      ),
    }),
  },
  { name: 'many unknown fields', apply: () => ({ raw: `{${Array.from({ length: 10000 }, (_, index) => `"f${index}":${index}`).join(',')}}` }) },
  { name: 'not an object', apply: (_, random) => ({ raw: pick(random, ['[]', 'null', '42', '"tekst"', 'true', '[{}]']) }) },
  {
    name: 'malformed JSON',
    apply: (_, random) => ({ raw: pick(random, ['{', '{"a":}', '{"a":1,}', "{'a':1}", '\u0000', '{"a":"\\ud800"}', '{"a":"\\u0000"}']) }),
  },
  {
    name: 'a wrong Content-Type',
    apply: (body, random) => ({
      raw: JSON.stringify(body ?? {}),
      contentType: pick(random, [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/json; charset=latin1',
      ]),
    }),
  },
];

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let guard = 0; current.$ref && guard < 20; guard++) current = document.components.schemas[current.$ref.split('/').pop() as string] ?? {};
  if (current.allOf?.length) return resolve(document, current.allOf[0]);
  return current;
}

/** A body that follows the schema, from examples and enums where there are some. */
export function exampleOf(document: OpenApiDocument, schema: Schema | undefined, depth = 0): unknown {
  const resolved = resolve(document, schema);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  if (depth > 6) return null;
  if (resolved.properties)
    return Object.fromEntries(Object.entries(resolved.properties).map(([name, property]) => [name, exampleOf(document, property, depth + 1)]));
  switch (resolved.type) {
    case 'array':
      return [exampleOf(document, resolved.items, depth + 1)];
    case 'integer':
    case 'number':
      return resolved.minimum ?? 1;
    case 'boolean':
      return true;
    case 'object':
      return {};
    default:
      return resolved.format === 'uuid' ? '7b0d5f3e-3c1f-4a57-9f63-2b1c0f0e0a11' : resolved.format === 'date' ? '2025-05-19' : 'Tekst';
  }
}

interface PlannedRequest {
  operation: string;
  attack: string;
  method: string;
  url: string;
  token: string | undefined;
  headers: Record<string, string>;
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
}

/** The attacks on one operation: `count` requests, the same for the same seed. */
export function planAttacks(target: AttackTarget, method: string, path: string, operation: Operation, count: number, seed: number): PlannedRequest[] {
  const random = new Dice(seed);
  const name = `${method.toUpperCase()} ${path}`;
  const parameters = operation.parameters ?? [];
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const validBody = target.validBodies?.[name] ?? (bodySchema ? exampleOf(target.document, bodySchema) : undefined);
  const planned: PlannedRequest[] = [];
  for (let index = 0; index < count; index++) {
    const attacks: string[] = [];
    // Path parameters: mostly real values (to reach validation and the rules), sometimes odd ones.
    let url = path.replace(/\{(\w+)\}/g, (_, parameter: string) => {
      const real = target.pathValues?.[parameter] ?? [];
      if (real.length > 0 && random.nextInt(0, 3) > 0) return encode(pick(random, real));
      attacks.push(`odd path ${parameter}`);
      return pick(random, ODD_PATH_VALUES);
    });
    // Query parameters: each sometimes left out, sometimes odd (repeated, wrong type, boundary numbers).
    const query: string[] = [];
    for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
      const choice = random.nextInt(0, 3);
      if (choice === 0) continue;
      const values =
        choice === 3
          ? [String(sampleOne(oddValue, random)), String(sampleOne(oddValue, random))]
          : [String(choice === 1 ? exampleOf(target.document, parameter.schema) : sampleOne(oddValue, random))];
      if (choice > 1) attacks.push(`odd query ${parameter.name}`);
      for (const value of values) query.push(`${encodeURIComponent(parameter.name)}=${encode(value).replace(/%25/g, pick(random, ['%25', '%']))}`);
    }
    if (query.length > 0) url += `?${query.join('&')}`;
    // Headers the operation reads: sometimes odd.
    const headers: Record<string, string> = {};
    for (const parameter of parameters.filter((candidate) => candidate.in === 'header')) {
      if (random.nextInt(0, 2) === 0) continue;
      headers[parameter.name] = pick(random, ['', ' ', 'x'.repeat(101), '"3"', 'W/"2"', '"99999999999"', '-1', 'ä', '\t', `k-${seed}-${index}`, '"0x10"']);
      attacks.push(`header ${parameter.name}`);
    }
    // Sometimes cookies that cannot be decoded (issue 25): a service ignores them.
    if (random.nextInt(0, 4) === 0) {
      headers['Cookie'] = pick(random, MALFORMED_COOKIES);
      attacks.push('a malformed cookie');
    }
    const token = pick(random, target.tokens);
    const request: PlannedRequest = { operation: name, attack: '', method, url, token, headers };
    const files = target.uploads?.[name] ?? [];
    if (files.length > 0 && random.nextInt(0, 1) === 0) {
      // An upload route: a hostile file as the body (spreadsheet bombs).
      const file = pick(random, files);
      attacks.push(`the file ${file.name}`);
      Object.assign(request, { raw: file.bytes, contentType: file.contentType });
    } else if (validBody !== undefined || method === 'post' || method === 'put') {
      const mutation = pick(random, MUTATIONS);
      const mutated = mutation.apply(structuredClone(validBody ?? {}), random);
      attacks.push(mutation.name);
      Object.assign(request, mutated);
    }
    request.attack = attacks.join(', ') || 'odd parameters';
    planned.push(request);
  }
  return planned;
}

async function send(target: AttackTarget, planned: PlannedRequest): Promise<request.Response> {
  let call = request(target.server)[planned.method as 'get'](planned.url).timeout(30_000);
  if (planned.token) call = call.set('Authorization', planned.token);
  for (const [name, value] of Object.entries(planned.headers)) call = call.set(name, value);
  if (planned.raw !== undefined) return call.set('Content-Type', planned.contentType ?? 'application/json').send(planned.raw);
  if (planned.body !== undefined) return call.set('Content-Type', 'application/json').send(JSON.stringify(planned.body));
  return call;
}

/** Sends every planned attack and collects what went wrong. */
export async function attack(target: AttackTarget): Promise<AttackReport> {
  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  let requests = 0;
  let seed = target.seed;
  let state = await target.snapshot();
  for (const [path, operations] of Object.entries(target.document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`;
      if (target.skip?.includes(name)) continue;
      for (const planned of planAttacks(target, method, path, operation, target.requestsPerOperation, seed++)) {
        requests += 1;
        const report = (problem: string, status: number) =>
          findings.push({ operation: name, attack: `${planned.attack} (${planned.url.slice(0, 120)})`, status, problem });
        let response: request.Response;
        try {
          response = await send(target, planned);
        } catch (error) {
          report(`no answer: ${error instanceof Error ? error.message : String(error)}`, 0);
          continue;
        }
        statuses[String(response.status)] = (statuses[String(response.status)] ?? 0) + 1;
        if (response.status >= 500) report(`server error ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`, response.status);
        if (response.status >= 400) {
          if (!/^application\/problem\+json/.test(String(response.headers['content-type'])))
            report(`not a problem document (${response.headers['content-type']})`, response.status);
          else if (typeof response.body?.code !== 'string' || response.body.code === '') report('a problem without a code', response.status);
          const after = await target.snapshot();
          if (after !== state) report('refused, but the database changed', response.status);
          state = after;
        } else {
          await target.settle?.();
          state = await target.snapshot();
        }
      }
    }
  }
  return { requests, findings, statuses };
}
