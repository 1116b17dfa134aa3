import { NegotiationPackage } from '@budgetflow/domain';
import { EventEnvelope } from '../envelope';
import { AgreementAdoptedV2, WorkflowEvent } from '../events/workflow-events';
import { parseNegotiationPackage } from './negotiation-package';

const ROUND = '6f1c1f7e-2b0a-4c8e-9d55-0d0f8f3a9b11';

const v2: AgreementAdoptedV2 = {
  agreementId: 'a-1',
  roundId: ROUND,
  parties: ['Socialdemokratiet'],
  signatories: [
    { kind: 'party', name: 'Socialdemokratiet' },
    { kind: 'member', name: 'Hanne Bak' },
  ],
  date: '2025-09-24',
  introduction: 'Budgetforslaget og denne aftale udgør tilsammen budgettet.',
  chapters: [
    {
      title: 'Hospitaler',
      text: '',
      initiatives: [
        {
          key: 'medicin',
          title: 'Reserve til medicinudgifter',
          text: '',
          amounts: { '2026': 5000, '2027': 5000, '2028': null, permanent: null },
          sourceName: null,
          committee: 'SU',
          area: null,
          decisionSentence: 'Aftaleparterne er enige om at afsætte 5,0 mio. kr. i 2026 og 2027 til reserve til medicinudgifter.',
          appendixLine: '5,0 mio. kr. i 2026 og 2027 til reserve til medicinudgifter',
        },
      ],
    },
  ],
  proposalIds: ['p-1'],
  packageName: 'Forhandlingsoplæg 2',
};

const envelope = (payload: unknown, version: number): EventEnvelope =>
  ({
    id: 'e-1',
    type: 'agreement.adopted',
    version,
    aggregateId: ROUND,
    sequence: 1,
    occurredAt: '2025-09-24T10:00:00.000Z',
    actor: { id: 'rr', role: 'rr_secretariat' },
    correlationId: 'c',
    causationId: null,
    payload,
  }) as EventEnvelope;

describe('agreement.adopted v2 and the stored package', () => {
  it('reads v2 back unchanged, and v1 still by its own definition', () => {
    expect(WorkflowEvent.AgreementAdopted.qualified).toBe('agreement.adopted.v2');
    expect(WorkflowEvent.AgreementAdopted.payload(envelope(JSON.parse(JSON.stringify(v2)), 2))).toEqual(v2);
    const v1 = { agreementId: 'a-1', roundId: ROUND, parties: ['Socialdemokratiet'], date: '2025-09-24', proposalIds: ['p-1'] };
    expect(WorkflowEvent.AgreementAdoptedV1.payload(envelope(v1, 1))).toEqual(v1);
  });

  it('refuses a v2 payload without its document, naming the field', () => {
    const { chapters: _chapters, ...withoutChapters } = v2;
    expect(() => WorkflowEvent.AgreementAdopted.payload(envelope(withoutChapters, 2))).toThrow('payload.chapters: must be an array');
    const badAmount = { ...v2, chapters: [{ ...v2.chapters[0], initiatives: [{ ...v2.chapters[0]?.initiatives[0], amounts: { '2026': 1.5 } }] }] };
    expect(() => WorkflowEvent.AgreementAdopted.payload(envelope(badAmount, 2))).toThrow('payload.chapters[0].initiatives[0].amounts.2026');
    expect(() => WorkflowEvent.AgreementAdopted.payload(envelope({ ...v2, signatories: [{ kind: 'person', name: 'A' }] }, 2))).toThrow(
      'payload.signatories[0].kind: must be one of party, member',
    );
  });

  it('reads a stored package back unchanged and names a malformed field', () => {
    const pkg: NegotiationPackage = {
      name: 'Forhandlingsoplæg 1',
      yearColumns: [2026, 2027, 2028],
      sources: [{ key: 'raaderum', name: 'råderummet', opening: { '2026': 0, '2027': 0, '2028': 0, permanent: 0 } }],
      proposals: [{ proposalId: 'p-1', amendedTable: null, source: 'raaderum' }],
      initiatives: [
        {
          key: 'medicin',
          chapter: 'Hospitaler',
          title: 'Reserve til medicinudgifter',
          text: '',
          amounts: { '2026': 5000, '2027': null, '2028': null, permanent: null },
          source: 'raaderum',
          committee: null,
          area: 'Hospitaler',
        },
      ],
    };
    expect(parseNegotiationPackage(JSON.parse(JSON.stringify(pkg)), 'content')).toEqual(pkg);
    expect(() => parseNegotiationPackage({ ...pkg, proposals: [{ proposalId: '', amendedTable: null, source: 'raaderum' }] }, 'content')).toThrow(
      'content.proposals[0].proposalId: must not be empty',
    );
  });
});
