import { WorkflowSubject } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, checkVersion } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { performAction } from '../actions/perform-action';
import { LockedProposal, lockKnownProposal, subjectOf } from '../store/proposal-locks';
import { requirePermission } from '../actions/refusal';
import { StoredMeeting } from '../store/stored-meeting';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowStore, WorkflowTransaction } from '../store/workflow-transaction';
import { appendAgendaItem, lockMeeting, meetingRef } from './meeting-lock';

/** Who may put an FU-approved proposal on Regionsrådet's agenda (no change of state). */
const RR_AGENDA_ROLES: readonly string[] = ['budget_office', 'rr_secretariat'];

/**
 * Puts a proposal on a meeting's agenda. On an FU meeting this is the budget office's «approve formalities, put
 * on an FU meeting» (the rules decide, and the proposal becomes «Klar til FU»); on an RR meeting it lists a
 * proposal FU has approved, for Regionsrådet to decide.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  async add(user: AuthenticatedUser, meetingId: string, proposalId: string, expectedVersion: number | undefined, request: RequestContext): Promise<void> {
    await this.store.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, meetingId);
      const locked = await lockKnownProposal(tx, proposalId, user.actor);
      const { proposal, roundClosed } = locked;
      if (proposal.roundId !== meeting.roundId) {
        throw ProblemException.invalid([
          { code: 'agenda.other_round', path: 'proposalId', message: `Forslaget ${proposal.reference} hører til en anden budgetrunde end mødet.` },
        ]);
      }
      if (meeting.body === 'FU') await this.schedule(tx, user, meeting, locked, expectedVersion, request);
      else await this.listForRr(tx, user, meeting, proposal, subjectOf(proposal, roundClosed), expectedVersion);
    });
    this.relay.nudge();
  }

  private async schedule(
    tx: WorkflowTransaction,
    user: AuthenticatedUser,
    meeting: StoredMeeting,
    locked: LockedProposal,
    expectedVersion: number | undefined,
    request: RequestContext,
  ) {
    const { proposal } = locked;
    // The agenda item is the action's effect: it is numbered only once the rules allowed the step.
    const effects = async () => ({ meeting: meetingRef(meeting, await appendAgendaItem(tx, meeting, proposal.id, proposal.reference, user.id)) });
    await performAction(tx, locked, { action: 'schedule_for_fu', expectedVersion, effects }, user, request);
  }

  private async listForRr(
    tx: WorkflowTransaction,
    user: AuthenticatedUser,
    meeting: StoredMeeting,
    proposal: StoredProposal,
    subject: WorkflowSubject,
    expectedVersion: number | undefined,
  ) {
    if (!RR_AGENDA_ROLES.includes(user.actor.role)) {
      throw ProblemException.forbidden('agenda.forbidden', 'Kun Koncernøkonomi og RR-sekretariatet kan sætte forslag på Regionsrådets dagsorden.');
    }
    // Regionsrådet can only take up what FU approved; the rules' refusal of an RR decision says why not.
    requirePermission(subject, 'rr_adopt', { role: 'rr_secretariat' });
    checkVersion(proposal.version, expectedVersion);
    await appendAgendaItem(tx, meeting, proposal.id, proposal.reference, user.id);
  }
}
