import {
  ANSWERER_KINDS,
  COMMITTEE_KINDS,
  DECISION_BODY_LABELS,
  DECISION_OUTCOMES,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  PUBLISHED_QUESTION_STATES,
  QUESTION_STATES,
  ROLES,
  ROW_CATEGORIES,
  SECTION_KINDS,
  WINDOW_STATES,
  WORKFLOW_ACTIONS,
} from '@budgetflow/domain';
import { REPORTS } from '@budgetflow/reporting/bilag';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The services' checked-in OpenAPI documents say what every answer is, so the web app's types can be generated
// from them: no response schema is an untyped object, and no field is a plain string where the domain has a union.

const root = join(__dirname, '..', '..', '..', '..');

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  format?: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

/** The fields the domain types as a union, with the unions a field of that name may be. */
const UNION_FIELDS: Record<string, readonly (readonly string[])[]> = {
  // A proposal's, a budget question's, or a question window's.
  state: [PROPOSAL_STATES, QUESTION_STATES, PUBLISHED_QUESTION_STATES, WINDOW_STATES],
  fromState: [PROPOSAL_STATES, QUESTION_STATES],
  toState: [PROPOSAL_STATES, QUESTION_STATES],
  role: [ROLES],
  actorRole: [ROLES],
  body: [Object.keys(DECISION_BODY_LABELS)],
  decidedBy: [Object.keys(DECISION_BODY_LABELS)],
  outcome: [[...DECISION_OUTCOMES.FU, ...DECISION_OUTCOMES.RR]],
  // …and a package comparison's item (a proposal or an initiative), an agreement's signatory (a party or a member), a question's answerer.
  kind: [PROPOSAL_KINDS, SECTION_KINDS, COMMITTEE_KINDS, ['proposal', 'initiative'], ['party', 'member'], ANSWERER_KINDS],
  category: [ROW_CATEGORIES],
  allowedActions: [WORKFLOW_ACTIONS],
  change: [['create', 'update']],
  key: [REPORTS.map((report) => report.key)],
};

/**
 * Fields of those names that are free text: a section's text, and who registered a decision; a package's keys of its
 * sources and initiatives (chosen by the client); and a column key (a round's years and «permanent»: no fixed union).
 */
const FREE_TEXT = new Set([
  'TextSectionView.body',
  'DecisionView.decidedBy',
  'FundingSourceView.key',
  'InitiativeView.key',
  'ComparedItemView.key',
  'AgreementInitiativeView.key',
  'ColumnBalanceView.key',
  'ShortfallColumnView.key',
  'PackageColumnTotalsView.key',
]);

/** Every way a document fails the rule, as «<where>: <what>». */
export function responseSchemaProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const walked = new Set<string>();
  const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema);
  // A schema's enum, looking through $ref, allOf and array items.
  const enumOf = (schema: Schema): unknown[] | undefined => {
    const resolved = resolve(schema);
    if (resolved.enum) return resolved.enum;
    if (resolved.items) return enumOf(resolved.items);
    return resolved.allOf?.map(enumOf).find((values) => values !== undefined);
  };

  const walk = (schema: Schema, where: string, field?: string): void => {
    if (schema.$ref) {
      if (walked.has(schema.$ref)) return;
      walked.add(schema.$ref);
      const name = schema.$ref.split('/').pop() ?? '';
      if (!document.components.schemas[name]) problems.push(`${where}: ${schema.$ref} is not in the document`);
      else walk(document.components.schemas[name], name, field);
      return;
    }
    if (field && field in UNION_FIELDS && !FREE_TEXT.has(where)) {
      const values = enumOf(schema);
      const unions = UNION_FIELDS[field];
      if (!values) problems.push(`${where}: a plain ${schema.type ?? 'value'} where the domain has a union`);
      else if (!unions.some((union) => [...union].sort().join() === [...values].map(String).sort().join()))
        problems.push(`${where}: enum ${values.join(', ')} is not the domain's union`);
    }
    const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    if (parts.length > 0) return parts.forEach((part) => walk(part, where, field));
    if (schema.type === 'array') {
      if (!schema.items) problems.push(`${where}: an array of untyped items`);
      else walk(schema.items, `${where}[]`, field);
      return;
    }
    if (schema.type === 'object' || (!schema.type && schema.properties)) {
      if (schema.properties) Object.entries(schema.properties).forEach(([name, property]) => walk(property, `${where}.${name}`, name));
      else if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`);
      else problems.push(`${where}: an untyped object`);
      return;
    }
    if (!schema.type && !schema.enum) problems.push(`${where}: no type`);
  };

  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [mediaType, { schema }] of Object.entries(response.content ?? {})) {
          // A file (PDF, XLSX, CSV) is bytes; only structured answers have a schema to walk.
          if (schema || /json/.test(mediaType)) walk(schema ?? {}, `${method.toUpperCase()} ${path} ${status} ${mediaType}`);
        }
      }
    }
  }
  return problems;
}

describe.each(['intake', 'workflow', 'reporting'])('%s openapi.json', (service) => {
  const document: OpenApiDocument = JSON.parse(readFileSync(join(root, 'apps', service, 'openapi.json'), 'utf8'));

  it('types every response schema: no untyped object, no plain string where the domain has a union', () => {
    expect(responseSchemaProblems(document)).toEqual([]);
  });

  it('answers with JSON for every operation that is not a file', () => {
    const json = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).flatMap((operation) =>
        Object.values(operation.responses ?? {}).flatMap((response) => Object.keys(response.content ?? {}).filter((type) => type.includes('json'))),
      ),
    );
    expect(json.length).toBeGreaterThan(3);
  });
});

describe('the response schema rule', () => {
  it('finds an untyped object, a plain-string state, a foreign enum and an array without items', () => {
    const document: OpenApiDocument = {
      paths: { '/x': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/View' } } } } } } } },
      components: {
        schemas: {
          View: {
            type: 'object',
            properties: {
              content: { type: 'object' },
              state: { type: 'string' },
              kind: { type: 'string', enum: ['a', 'b'] },
              tags: { type: 'array' },
              table: { allOf: [{ $ref: '#/components/schemas/Table' }] },
            },
          },
          Table: { type: 'object', properties: { cells: { type: 'object', additionalProperties: { type: 'integer' } }, rows: { type: 'object' } } },
        },
      },
    };
    expect(responseSchemaProblems(document)).toEqual([
      'View.content: an untyped object',
      'View.state: a plain string where the domain has a union',
      "View.kind: enum a, b is not the domain's union",
      'View.tags: an array of untyped items',
      'Table.rows: an untyped object',
    ]);
  });
});
