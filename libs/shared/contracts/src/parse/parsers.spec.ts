import { budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';
import { EventEnvelope } from '../envelope';
import { ProposalSnapshotV1 } from '../events/intake-events';
import { parseEnvelope } from '../parse-envelope';
import { parseAdministrationSteps } from './administration-steps';
import { parseAmendingDecisions } from './amending-decisions';
import { parseBudgetRound, parseProposalContent } from './domain-values';
import { materialPublishedPayload, proposalChangedPayload, workflowChangedPayload } from './event-payloads';
import { ParseError } from './reader';

const validated = validateProposal(budget2026Proposals[0] as (typeof budget2026Proposals)[number], budget2026Round);
if (!validated.ok) throw new Error('the fixture must validate');
const content = validated.value;
const ID = '6f1c1f7e-2b0a-4c8e-9d55-0d0f8f3a9b11';

const snapshot = (overrides: Record<string, unknown> = {}): ProposalSnapshotV1 =>
  ({
    proposalId: ID,
    roundId: 'r-1',
    reference: content.reference,
    committee: 'SU',
    state: 'submitted',
    stateSequence: 2,
    version: 3,
    content,
    submittedAt: '2025-04-01T10:00:00.000Z',
    submittedBy: 'su',
    ...overrides,
  }) as ProposalSnapshotV1;

const envelope = (payload: unknown, aggregateId = ID): EventEnvelope =>
  ({
    id: ID,
    type: 'proposal.submitted',
    version: 1,
    aggregateId,
    sequence: 2,
    occurredAt: '2025-04-01T10:00:00.000Z',
    actor: { id: 'su', role: 'committee_secretariat' },
    correlationId: 'c',
    causationId: null,
    payload,
  }) as EventEnvelope;

function parseErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error.message;
    throw error;
  }
  throw new Error('no ParseError');
}

describe('parsers of stored and received data', () => {
  it('give back what the domain produced, unchanged', () => {
    expect(parseProposalContent(JSON.parse(JSON.stringify(content)), 'content')).toEqual(content);
    expect(parseBudgetRound(JSON.parse(JSON.stringify(budget2026Round)), 'round')).toEqual(budget2026Round);
    expect(proposalChangedPayload(envelope({ proposal: snapshot() }))).toEqual({ proposal: snapshot() });
  });

  it('name the field that is wrong in a malformed stored row', () => {
    const broken = JSON.parse(JSON.stringify(content));
    broken.table.rows[0].cells['2026'] = -1.5;
    expect(parseErrorOf(() => parseProposalContent(broken, 'proposal 42.content'))).toBe(
      'proposal 42.content.table.rows[0].cells.2026: must be an amount (an integer of thousand kroner)',
    );
    expect(parseErrorOf(() => parseBudgetRound({ ...budget2026Round, committees: [{ code: 'SU', name: 'x', kind: 'udvalg' }] }, 'round'))).toBe(
      'round.committees[0].kind: must be one of fagudvalg, FU, RR',
    );
    expect(
      parseErrorOf(() => parseAmendingDecisions([{ body: 'FU', meetingDate: '19. maj', amendedTable: content.table, stateSequence: 4 }], 'decisions')),
    ).toBe('decisions[0].meetingDate: must be a date (YYYY-MM-DD)');
    const postponed = { stateSequence: 4, state: 'submitted', meetingDate: '2025-05-19', outcome: 'postponed', decisionText: 'Udsat.' };
    expect(parseAdministrationSteps([postponed], 'steps')).toEqual([postponed]);
    expect(parseErrorOf(() => parseAdministrationSteps([{ ...postponed, outcome: 'udsat' }], 'steps'))).toMatch(/^steps\[0\]\.outcome: must be one of /);
  });

  it('refuse a malformed event with the path of the problem', () => {
    const { stateSequence: _missing, ...withoutSequence } = snapshot();
    expect(parseErrorOf(() => proposalChangedPayload(envelope({ proposal: withoutSequence })))).toBe('payload.proposal.stateSequence: must be an integer');
    expect(parseErrorOf(() => proposalChangedPayload(envelope({ proposal: snapshot({ state: 'approved' }) })))).toMatch(
      /^payload\.proposal\.state: must be one of draft, /,
    );
    expect(parseErrorOf(() => proposalChangedPayload(envelope({ proposal: snapshot() }, 'another-aggregate')))).toMatch(
      /^aggregateId: must be the aggregate the payload names/,
    );
    expect(parseErrorOf(() => workflowChangedPayload(envelope({ proposalId: ID, roundId: 'r-1', state: 'returned', stateSequence: 0 })))).toBe(
      'payload.stateSequence: must be at least 1',
    );
  });

  it('read a publication of a round’s material, and refuse one without a real date or data version', () => {
    const published = {
      publicationId: 'p-2',
      roundId: 'r-1',
      title: 'Materiale til FU’s 1. behandling',
      date: '2025-05-19',
      dataVersion: 42,
      publishedAt: '2025-05-19T08:00:00.000Z',
      replaces: 'p-1',
    };
    expect(materialPublishedPayload(envelope(published, 'r-1'))).toEqual(published);
    expect(parseErrorOf(() => materialPublishedPayload(envelope({ ...published, date: '19. maj' }, 'r-1')))).toBe('payload.date: must be a date YYYY-MM-DD');
    expect(parseErrorOf(() => materialPublishedPayload(envelope({ ...published, dataVersion: 0 }, 'r-1')))).toBe('payload.dataVersion: must be at least 1');
    expect(parseErrorOf(() => materialPublishedPayload(envelope(published, 'p-2')))).toMatch(/^aggregateId: must be the aggregate/);
  });

  it('read an envelope from bytes without Node’s Buffer (the browser has none)', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(envelope({ proposal: snapshot() })));
    const parsed = parseEnvelope(bytes);
    expect(parsed.ok && parsed.envelope.aggregateId).toBe(ID);
    expect(parseEnvelope(new TextEncoder().encode('not json'))).toEqual({ ok: false, reason: 'value is not JSON' });
  });

  it('read the actor’s name when the event carries one, and an event from before names were recorded without it', () => {
    const named = { ...envelope({ proposal: snapshot() }), actor: { id: 'su', role: 'committee_secretariat', committee: 'SU', name: 'Søren Ulriksen' } };
    const parsedNamed = parseEnvelope(JSON.stringify(named));
    expect(parsedNamed.ok && parsedNamed.envelope.actor).toEqual({ id: 'su', role: 'committee_secretariat', committee: 'SU', name: 'Søren Ulriksen' });
    const parsedOld = parseEnvelope(JSON.stringify(envelope({ proposal: snapshot() })));
    expect(parsedOld.ok && parsedOld.envelope.actor).toEqual({ id: 'su', role: 'committee_secretariat' });
    const parsedOdd = parseEnvelope(JSON.stringify({ ...named, actor: { id: 'su', role: 'reader', name: 7 } }));
    expect(parsedOdd.ok && parsedOdd.envelope.actor).toEqual({ id: 'su', role: 'reader' });
  });
});
