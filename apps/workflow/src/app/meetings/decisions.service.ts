import { DECISION_OUTCOMES, Decision, DecisionOutcome, decisionAction, validateDecision } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { ActionStep, performAction } from '../actions/perform-action';
import { lockKnownProposal } from '../store/proposal-locks';
import { WorkflowStore } from '../store/workflow-transaction';
import { DecisionDto } from './decision.dto';
import { meetingRef, recordDecision } from './meeting-lock';

/**
 * FU's or RR's decision on one agenda item: who may decide and in which state is the rules' call, the decision
 * itself (outcome, text, amended table typed as Danish amounts) is validated by the domain, and the original
 * table stays on record beside an amended one.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the decision; returns the proposal's id. */
  async decide(
    user: AuthenticatedUser,
    meetingId: string,
    number: number,
    dto: DecisionDto,
    expectedVersion: number | undefined,
    request: RequestContext,
  ): Promise<string> {
    const proposalId = await this.store.transaction(async (tx) => {
      const found = await tx.agendaItem(meetingId, number);
      if (!found) throw ProblemException.notFound(`Punkt ${number} på mødet ${meetingId}`, 'agenda.item_not_found');
      const { item, meeting, decidedOutcome } = found;
      const { body } = meeting;
      const validated = validateDecision(
        {
          body,
          outcome: dto.outcome,
          meetingDate: meetingRef(meeting, item).date,
          agendaItem: `Punkt ${number}`,
          text: dto.text,
          amendedTable: dto.amendedTable ?? null,
        },
        await tx.round(meeting.roundId),
      );
      // Without a known outcome there is no action for the rules to judge.
      if (!DECISION_OUTCOMES[body].includes(dto.outcome as DecisionOutcome) && !validated.ok) throw invalidInput(validated.issues);
      const action = decisionAction({ outcome: dto.outcome as DecisionOutcome });
      const locked = await lockKnownProposal(tx, item.proposalId, user.actor);
      const { proposal } = locked;
      // Checked by the one action path once the version is current: an invalid decision is refused then.
      const decided = (): Decision => {
        if (!validated.ok) throw invalidInput(validated.issues);
        return validated.value;
      };
      const effects = async () => {
        const { outcome, text, amendedTable } = decided();
        const originalTable = await recordDecision(tx, meeting, item, proposal, { outcome, text, amendedTable }, user);
        return { meeting: meetingRef(meeting, item), outcome, decisionText: text, originalTable, decidedTable: amendedTable };
      };
      const step: ActionStep = {
        action,
        expectedVersion,
        precondition: () => {
          if (decidedOutcome)
            throw ProblemException.conflict(
              'agenda.already_decided',
              `Punkt ${number} på mødet er allerede afgjort (${decidedOutcome}); en beslutning kan ikke ændres.`,
            );
        },
        details: () => ({ amendedTable: decided().amendedTable }),
        effects,
      };
      await performAction(tx, locked, step, user, request);
      return proposal.id;
    });
    this.relay.nudge();
    return proposalId;
  }
}
