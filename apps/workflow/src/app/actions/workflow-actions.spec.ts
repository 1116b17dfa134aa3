import { EventEnvelope, ProposalSnapshotV1, WorkflowEvent, qualifiedType } from '@budgetflow/contracts';
import { ProposalState, budget2026Round } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext } from '@budgetflow/platform';
import { BudgetAgreementService } from '../agreements/budget-agreement.service';
import { AgendaService } from '../meetings/agenda.service';
import { DecisionsService } from '../meetings/decisions.service';
import { ReturnProposalService } from '../proposals/return-proposal.service';
import { applyCommitteeAction } from '../intake-events/proposal-changed.handler';
import { WithdrawProposalService } from '../proposals/withdraw-proposal.service';
import { demoSnapshot } from '../store/testing/demo-snapshot';
import { InMemoryWorkflowStore } from '../store/testing/in-memory-workflow-store';
import { problemOf } from '../testing/problem-of';

const ROUND = '11111111-1111-4111-8111-111111111111';
const request: RequestContext = { correlationId: 'correlation-1', requestId: 'request-1' };
const user = (actor: AuthenticatedUser['actor']): AuthenticatedUser => ({ id: `${actor.role}-1`, name: actor.role, actor });
const budgetOffice = user({ role: 'budget_office' });
const fu = user({ role: 'fu_secretariat' });
const rr = user({ role: 'rr_secretariat' });

/** The relay is woken after a commit; here there is nothing to publish to. */
class QuietRelay {
  nudges = 0;
  nudge(): void {
    this.nudges += 1;
  }
}

/** Intake's snapshot of one of the demo proposals in the given state. */
const snapshot = (index: number, state: ProposalState, stateSequence: number): ProposalSnapshotV1 => demoSnapshot(ROUND, index, state, stateSequence);

describe('the workflow actions (unit, in-memory store)', () => {
  let store: InMemoryWorkflowStore;
  let relay: QuietRelay;
  const services = () => {
    const asRelay = relay as unknown as OutboxRelay;
    return {
      returns: new ReturnProposalService(store, asRelay),
      withdrawals: new WithdrawProposalService(store, asRelay),
      agenda: new AgendaService(store, asRelay),
      decisions: new DecisionsService(store, asRelay),
      agreements: new BudgetAgreementService(store, asRelay),
    };
  };
  const types = () => store.tables.outbox.map((event) => qualifiedType(event.envelope));

  beforeEach(() => {
    store = new InMemoryWorkflowStore();
    relay = new QuietRelay();
    store.addRound(ROUND, budget2026Round);
  });

  it('returns a submitted proposal: the new state and sequence, the remark, the history line and proposal.returned', async () => {
    const proposal = store.addProposal(snapshot(0, 'submitted', 2));
    await services().returns.returnWithRemarks(budgetOffice, proposal.id, '  Mangler økonomiafsnit. ', 1, request);
    const returned = store.proposal(proposal.id);
    expect([returned.state, returned.stateSequence, returned.version, returned.remark, returned.eventCount]).toEqual([
      'returned',
      3,
      2,
      'Mangler økonomiafsnit.',
      1,
    ]);
    expect(store.tables.history).toEqual([
      expect.objectContaining({ action: 'return_with_remarks', fromState: 'submitted', toState: 'returned', version: 2, remark: 'Mangler økonomiafsnit.' }),
    ]);
    expect(types()).toEqual([WorkflowEvent.ProposalReturned.qualified]);
    expect(store.tables.outbox[0]?.envelope).toMatchObject({
      aggregateId: proposal.id,
      sequence: 1,
      causationId: 'request-1',
      payload: { state: 'returned', stateSequence: 3 },
    });
    expect(relay.nudges).toBe(1);
  });

  it('refuses what the rules refuse, and a refused act writes nothing', async () => {
    const proposal = store.addProposal(snapshot(0, 'submitted', 2));
    const before = structuredClone(store.tables);
    expect(await problemOf(services().returns.returnWithRemarks(fu, proposal.id, 'Nej', undefined, request))).toMatchObject({ status: 403 });
    expect(await problemOf(services().returns.returnWithRemarks(budgetOffice, proposal.id, 'Nej', 7, request))).toEqual({
      status: 409,
      code: 'proposal.version_conflict',
    });
    expect(await problemOf(services().returns.returnWithRemarks(budgetOffice, proposal.id, '   ', undefined, request))).toMatchObject({ status: 400 });
    expect(await problemOf(services().returns.returnWithRemarks(budgetOffice, 'unknown', 'Nej', undefined, request))).toEqual({
      status: 404,
      code: 'proposal.not_found',
    });
    expect(store.tables).toEqual(before);
  });

  it('schedules on FU’s agenda and records FU’s decision with the original beside the amended table', async () => {
    const proposal = store.addProposal(snapshot(1, 'submitted', 2));
    const meeting = store.addMeeting(ROUND, 'FU', '2025-05-19');
    const { agenda, decisions } = services();
    await agenda.add(budgetOffice, meeting.id, proposal.id, 1, request);
    expect(store.proposal(proposal.id).state).toBe('on_fu_agenda');
    expect(store.tables.agendaItems).toEqual([expect.objectContaining({ meetingId: meeting.id, number: 1, proposalId: proposal.id })]);

    const amendedTable = { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '-10,0', '2027': '-12,0', '2028': '-14,0', permanent: '-14,0' } }] };
    await decisions.decide(fu, meeting.id, 1, { outcome: 'approved_with_changes', text: 'Godkendt med ændringer.', amendedTable }, 2, request);
    const decided = store.proposal(proposal.id);
    expect([decided.state, decided.stateSequence, decided.version]).toEqual(['approved_by_fu', 4, 3]);
    expect(store.tables.decisions).toEqual([
      expect.objectContaining({ body: 'FU', outcome: 'approved_with_changes', originalTable: proposal.snapshot.content.table, agreementId: null }),
    ]);
    expect(store.tables.decisions[0]?.amendedTable?.rows[0]?.cells).toEqual({ '2026': -10000, '2027': -12000, '2028': -14000, permanent: -14000 });
    expect(types()).toEqual([WorkflowEvent.ProposalScheduled.qualified, WorkflowEvent.ProposalDecidedByFu.qualified]);
    expect(store.tables.outbox[1]?.envelope.payload).toMatchObject({
      meeting: { id: meeting.id, body: 'FU', date: '2025-05-19', agendaItem: 1 },
      outcome: 'approved_with_changes',
      decidedTable: store.tables.decisions[0]?.amendedTable,
    });
  });

  it('refuses a second decision on an agenda item, also when the proposal is on a later agenda', async () => {
    const proposal = store.addProposal(snapshot(1, 'submitted', 2));
    const first = store.addMeeting(ROUND, 'FU', '2025-05-19');
    const second = store.addMeeting(ROUND, 'FU', '2025-06-02');
    const { agenda, decisions } = services();
    await agenda.add(budgetOffice, first.id, proposal.id, undefined, request);
    await decisions.decide(fu, first.id, 1, { outcome: 'postponed', text: 'Udsat.' }, undefined, request);
    await agenda.add(budgetOffice, second.id, proposal.id, undefined, request);
    expect(await problemOf(decisions.decide(fu, first.id, 1, { outcome: 'rejected', text: 'Afvist.' }, undefined, request))).toEqual({
      status: 409,
      code: 'agenda.already_decided',
    });
    expect(store.proposal(proposal.id).state).toBe('on_fu_agenda');
  });

  it('lets the committee withdraw its submitted proposal, and waits for a hand-over the workflow has not seen', async () => {
    const proposal = store.addProposal(snapshot(2, 'submitted', 2));
    const { withdrawals } = services();
    const committee = user({ role: 'committee_secretariat', committee: proposal.committee });
    expect(await problemOf(withdrawals.withdraw(committee, proposal.id, 4, request))).toEqual({ status: 409, code: 'proposal.handover_pending' });
    expect(await withdrawals.withdraw(committee, proposal.id, 2, request)).toBe(3);
    expect(types()).toEqual([WorkflowEvent.ProposalWithdrawnAfterSubmission.qualified]);
  });

  it('closes the round with the agreement: adopts what it lists, settles what the workflow holds, and refuses later acts', async () => {
    const listed = store.addProposal(snapshot(0, 'approved_by_fu', 4));
    const leftOut = store.addProposal(snapshot(1, 'approved_by_fu', 4));
    const pending = store.addProposal(snapshot(2, 'submitted', 2));
    const draft = store.addProposal(snapshot(3, 'draft', 1));
    const meeting = store.addMeeting(ROUND, 'RR', '2025-09-24');
    const { agreements, returns } = services();
    await agreements.adopt(rr, meeting.id, { parties: ['Socialdemokratiet', 'Venstre'], date: '2025-09-24', proposalIds: [listed.id] }, request);

    expect([listed, leftOut, pending, draft].map((proposal) => store.proposal(proposal.id).state)).toEqual(['adopted', 'not_adopted', 'lapsed', 'draft']);
    expect(store.tables.decisions.map((decision) => [decision.proposalId, decision.outcome, decision.agreementId])).toEqual([
      [listed.id, 'adopted', store.tables.agreements[0]?.id],
      [leftOut.id, 'not_adopted', store.tables.agreements[0]?.id],
    ]);
    expect(types()).toEqual([
      WorkflowEvent.ProposalDecidedByRr.qualified,
      WorkflowEvent.ProposalDecidedByRr.qualified,
      WorkflowEvent.ProposalLapsedAtAgreement.qualified,
      WorkflowEvent.AgreementAdopted.qualified,
    ]);
    expect(store.tables.outbox[3]?.envelope).toMatchObject({ aggregateId: ROUND, sequence: 1, version: 2 });
    // Without a package the document is one chapter «Aftalen» with the parties as signatories and no initiatives.
    expect(store.tables.outbox[3]?.envelope.payload).toEqual({
      agreementId: store.tables.agreements[0]?.id,
      roundId: ROUND,
      parties: ['Socialdemokratiet', 'Venstre'],
      signatories: [
        { kind: 'party', name: 'Socialdemokratiet' },
        { kind: 'party', name: 'Venstre' },
      ],
      date: '2025-09-24',
      introduction: '',
      chapters: [{ title: 'Aftalen', text: '', initiatives: [] }],
      proposalIds: [listed.id],
      packageName: null,
    });
    expect(store.tables.history.find((line) => line.proposalId === pending.id)?.remark).toMatch(/^Bortfaldet ved budgetvedtagelsen/);

    expect(await problemOf(agreements.adopt(rr, meeting.id, { parties: ['A'], date: '2025-09-25', proposalIds: [] }, request))).toEqual({
      status: 409,
      code: 'agreement.exists',
    });
    const later = store.addProposal({ ...snapshot(4, 'submitted', 2) });
    expect(await problemOf(returns.returnWithRemarks(budgetOffice, later.id, 'For sent', undefined, request))).toEqual({
      status: 409,
      code: 'workflow.round_closed',
    });
  });

  it('refuses an agreement that lists a proposal FU has not approved, and records nothing', async () => {
    const pending = store.addProposal(snapshot(0, 'submitted', 2));
    const meeting = store.addMeeting(ROUND, 'RR', '2025-09-24');
    const before = structuredClone(store.tables);
    const refusal = await problemOf(services().agreements.adopt(rr, meeting.id, { parties: ['A'], date: '2025-09-24', proposalIds: [pending.id] }, request));
    expect(refusal.status).toBe(409);
    expect(store.tables).toEqual(before);
  });

  it('follows intake by state sequence, and lets a submission that crossed the agreement lapse at once', async () => {
    const intakeEvent = (id: string) =>
      ({ id, occurredAt: '2025-09-25T10:00:00.000Z', correlationId: 'c', actor: { id: 'committee-1', role: 'committee_secretariat' } }) as EventEnvelope;
    const follow = (action: 'submit' | 'edit', proposal: ProposalSnapshotV1, id: string) =>
      store.transaction((tx) => applyCommitteeAction(action)({ proposal }, intakeEvent(id), tx));
    const returned = store.addProposal(snapshot(0, 'returned', 3));
    // An edit intake made before the return arrived there: its content is kept, its older state is not.
    await follow('edit', { ...snapshot(0, 'submitted', 2), version: 5 }, 'e1');
    expect([store.proposal(returned.id).state, store.proposal(returned.id).intakeVersion]).toEqual(['returned', 5]);

    await follow('submit', snapshot(0, 'submitted', 4), 'e2');
    expect(store.proposal(returned.id).state).toBe('submitted');

    const meeting = store.addMeeting(ROUND, 'RR', '2025-09-24');
    await services().agreements.adopt(rr, meeting.id, { parties: ['A'], date: '2025-09-24', proposalIds: [] }, request);
    const crossing = snapshot(5, 'submitted', 2);
    await follow('submit', crossing, 'e3');
    expect(store.proposal(crossing.proposalId)).toMatchObject({ state: 'lapsed', stateSequence: 3 });
    expect(types().slice(-1)).toEqual([WorkflowEvent.ProposalLapsedAtAgreement.qualified]);
  });
});
