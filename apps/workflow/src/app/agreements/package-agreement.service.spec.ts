import { AgreementAdoptedV2, WorkflowEvent, qualifiedType } from '@budgetflow/contracts';
import { Actor, InitiativeInput, PackageInput, budget2026Round } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext } from '@budgetflow/platform';
import { PackagesService } from '../packages/packages.service';
import { demoSnapshot } from '../store/testing/demo-snapshot';
import { InMemoryWorkflowStore } from '../store/testing/in-memory-workflow-store';
import { problemDetailsOf, problemOf } from '../testing/problem-of';
import { PackageAgreementDto } from './package-agreement.dto';
import { PackageAgreementService } from './package-agreement.service';

const ROUND = '11111111-1111-4111-8111-111111111111';
const request: RequestContext = { correlationId: 'correlation-1', requestId: 'request-1' };
const user = (actor: Actor, name: string): AuthenticatedUser => ({ id: `${actor.role}-1`, name, actor });
const office = user({ role: 'budget_office' }, 'Karen Holm');
const rr = user({ role: 'rr_secretariat' }, 'Rikke Rasmussen');
const every = (text: string) => ({ '2026': text, '2027': text, '2028': text, permanent: text });
const quietRelay = { nudge: () => undefined } as unknown as OutboxRelay;

const su01 = demoSnapshot(ROUND, 0, 'approved_by_fu', 4);
const su02 = demoSnapshot(ROUND, 1, 'approved_by_fu', 4);
const dns02 = demoSnapshot(ROUND, 3, 'on_fu_agenda', 3);

/**
 * SU-01 as in force (−10,0 every year), SU-02 with the package's amounts (−12,0 instead of −14,0), the medicine reserve
 * from the råderum and more staff at the emergency hospitals from «sundhedspakken», which brings 4,0 a year.
 */
const medicine: InitiativeInput = { key: 'medicin', chapter: 'Hospitaler', title: 'Reserve til medicinudgifter', amounts: every('5,0'), area: 'Hospitaler' };
const balanced: PackageInput = {
  name: 'Forhandlingsoplæg 2',
  raaderum: every('0'),
  sources: [{ key: 'sundhedspakken', name: 'sundhedspakken', amounts: { '2026': '4,0', '2027': '4,0', '2028': '-', permanent: '-' } }],
  proposals: [
    { proposalId: su01.proposalId },
    { proposalId: su02.proposalId, amendedTable: { rows: [{ label: 'Drift', category: 'drift', cells: every('-12,0') }] } },
  ],
  initiatives: [
    medicine,
    {
      key: 'akut',
      chapter: 'Hospitaler',
      title: 'Flere ansatte på akutmodtagelserne',
      amounts: { '2026': '4,0', '2027': '4,0', '2028': '-', permanent: '-' },
      source: 'sundhedspakken',
      committee: 'SU',
    },
    { key: 'miljo', chapter: 'Arbejdsmiljø', title: 'Pulje til arbejdsmiljø', amounts: every('2,0'), committee: 'UAR' },
  ],
};

const confirm = (packageId: string, overrides: Partial<PackageAgreementDto> = {}): PackageAgreementDto => ({
  packageId,
  signatories: [
    { kind: 'party', name: 'Socialdemokratiet' },
    { kind: 'party', name: 'Venstre' },
    { kind: 'member', name: 'Jens Jensen' },
  ],
  date: '2025-09-24',
  introduction: 'Budgetforslaget og denne aftale udgør tilsammen budgettet.',
  chapters: [
    { title: 'Det økonomiske grundlag', text: 'Regionen står over for et stramt budget.' },
    { title: 'arbejdsmiljø', text: 'Medarbejderne skal blive.' },
  ],
  ...overrides,
});

describe('the agreement from a package (unit, in-memory store)', () => {
  let store: InMemoryWorkflowStore;
  let agreements: PackageAgreementService;
  let meetingId: string;
  const save = async (input: PackageInput) => (await new PackagesService(store).create(office, ROUND, input)).id;

  beforeEach(() => {
    store = new InMemoryWorkflowStore();
    store.addRound(ROUND, budget2026Round);
    for (const snapshot of [su01, su02, dns02]) store.addProposal(snapshot);
    meetingId = store.addMeeting(ROUND, 'RR', '2025-09-24').id;
    agreements = new PackageAgreementService(store, quietRelay);
  });

  it('refuses a package that does not balance, with the source, years and amounts, and records nothing', async () => {
    // Savings of 22,0 in 2028 (SU-01 and SU-02 as the package has it) against a reserve of 25,0 that year alone.
    const packageId = await save({ ...balanced, initiatives: [{ ...medicine, amounts: { ...every('5,0'), '2028': '25,0' } }] });
    const before = structuredClone(store.tables);
    const refusal = await problemDetailsOf(agreements.adopt(rr, meetingId, confirm(packageId), request));
    expect(refusal).toMatchObject({
      status: 409,
      code: 'agreement.package_unbalanced',
      detail: 'Pakken kan ikke blive budgetaftalen. Pakken balancerer ikke: råderummet er overskredet med 3,0 mio. kr. i 2028.',
    });
    expect(refusal.errors).toEqual([expect.objectContaining({ code: 'agreement.package_unbalanced', path: 'raaderum' })]);
    expect(store.tables).toEqual(before);
  });

  it('refuses a package holding a proposal FU has not approved, naming it', async () => {
    const packageId = await save({ ...balanced, proposals: [...(balanced.proposals ?? []), { proposalId: dns02.proposalId }] });
    const refusal = await problemDetailsOf(agreements.adopt(rr, meetingId, confirm(packageId), request));
    expect(refusal).toMatchObject({ status: 409, code: 'agreement.proposal_not_approved' });
    expect(refusal.detail).toMatch(/FU har ikke godkendt forslaget B26-DNS-02 \(Klar til FU\)/);
    expect(refusal.errors).toEqual([expect.objectContaining({ path: 'proposals[2].proposalId' })]);
    expect(store.tables.agreements).toEqual([]);
  });

  it('is confirmed by RR’s secretariat only; to anyone else but the budget office the package does not exist', async () => {
    const packageId = await save(balanced);
    expect(await problemOf(agreements.adopt(office, meetingId, confirm(packageId), request))).toEqual({ status: 403, code: 'workflow.wrong_role' });
    expect(await problemOf(agreements.adopt(user({ role: 'reader' }, 'Lars'), meetingId, confirm(packageId), request))).toEqual({
      status: 404,
      code: 'package.not_found',
    });
    expect(await problemOf(agreements.adopt(rr, meetingId, confirm(packageId, { packageVersion: 2 }), request))).toEqual({
      status: 409,
      code: 'package.version_conflict',
    });
    expect(
      await problemOf(agreements.adopt(rr, meetingId, confirm(packageId, { decisionSentences: [{ initiativeKey: 'ukendt', sentence: 'Noget.' }] }), request)),
    ).toEqual({ status: 400, code: 'request.invalid' });
  });

  it('adopts a balanced package: RR’s decisions (with changes where the package changed the amounts), the chapters with their initiatives, and agreement.adopted.v2', async () => {
    const packageId = await save(balanced);
    const edited = 'Aftaleparterne er enige om at afsætte 2,0 mio. kr. årligt til et bedre arbejdsmiljø.';
    await agreements.adopt(rr, meetingId, confirm(packageId, { decisionSentences: [{ initiativeKey: 'miljo', sentence: edited }] }), request);

    expect([su01, su02, dns02].map((snapshot) => store.proposal(snapshot.proposalId).state)).toEqual(['adopted', 'adopted', 'lapsed']);
    const [agreement] = store.tables.agreements;
    expect(agreement).toMatchObject({ packageId, packageVersion: 1, parties: ['Socialdemokratiet', 'Venstre'] });
    expect(store.tables.decisions.map((decision) => [decision.proposalId, decision.outcome, decision.amendedTable?.rows[0]?.cells['2026'] ?? null])).toEqual([
      [su01.proposalId, 'adopted', null],
      [su02.proposalId, 'adopted_with_changes', -12000],
    ]);
    expect(store.tables.decisions[1]?.originalTable).toEqual(su02.content.table);
    expect(store.tables.decisions[1]?.text).toBe(
      'Vedtaget med ændringer med budgetaftalen af 2025-09-24 mellem Socialdemokratiet, Venstre og Jens Jensen: beløbene fra forhandlingspakken «Forhandlingsoplæg 2».',
    );

    const types = store.tables.outbox.map((event) => qualifiedType(event.envelope));
    expect(types).toEqual([
      WorkflowEvent.ProposalDecidedByRr.qualified,
      WorkflowEvent.ProposalDecidedByRr.qualified,
      WorkflowEvent.ProposalLapsedAtAgreement.qualified,
      'agreement.adopted.v2',
    ]);
    expect(store.tables.outbox[1]?.envelope.payload).toMatchObject({ outcome: 'adopted_with_changes', decidedTable: store.tables.decisions[1]?.amendedTable });
    const payload = store.tables.outbox[3]?.envelope.payload as AgreementAdoptedV2;
    expect(payload).toMatchObject({
      agreementId: agreement?.id,
      roundId: ROUND,
      parties: ['Socialdemokratiet', 'Venstre'],
      signatories: [
        { kind: 'party', name: 'Socialdemokratiet' },
        { kind: 'party', name: 'Venstre' },
        { kind: 'member', name: 'Jens Jensen' },
      ],
      date: '2025-09-24',
      introduction: 'Budgetforslaget og denne aftale udgør tilsammen budgettet.',
      proposalIds: [su01.proposalId, su02.proposalId],
      packageName: 'Forhandlingsoplæg 2',
    });
    // The request's chapters in its order and spelling, then the package's others; each initiative with its sentence.
    expect(payload.chapters.map((chapter) => [chapter.title, chapter.text, chapter.initiatives.map((initiative) => initiative.key)])).toEqual([
      ['Det økonomiske grundlag', 'Regionen står over for et stramt budget.', []],
      ['arbejdsmiljø', 'Medarbejderne skal blive.', ['miljo']],
      ['Hospitaler', '', ['medicin', 'akut']],
    ]);
    expect(payload.chapters[1]?.initiatives[0]?.decisionSentence).toBe(edited);
    expect(payload.chapters[2]?.initiatives).toEqual([
      expect.objectContaining({
        sourceName: null,
        amounts: { '2026': 5000, '2027': 5000, '2028': 5000, permanent: 5000 },
        decisionSentence: 'Aftaleparterne er enige om at afsætte 5,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter.',
        appendixLine: '5,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter',
      }),
      expect.objectContaining({
        sourceName: 'sundhedspakken',
        committee: 'SU',
        decisionSentence:
          'Aftaleparterne er enige om at afsætte 4,0 mio. kr. i 2026 og 2027 til flere ansatte på akutmodtagelserne, finansieret af sundhedspakken.',
      }),
    ]);
    expect(WorkflowEvent.AgreementAdopted.payload(store.tables.outbox[3]?.envelope as never)).toEqual(payload);

    expect(await problemOf(agreements.adopt(rr, meetingId, confirm(packageId), request))).toEqual({ status: 409, code: 'agreement.exists' });
  });
});
