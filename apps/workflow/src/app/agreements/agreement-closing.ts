import { AgreementAdoptedV2, AgreementDocument, WorkflowEvent } from '@budgetflow/contracts';
import { ConsequenceTable, applyAction, closingStep, holderOf } from '@budgetflow/domain';
import { newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, isUniqueViolation, refusalProblem } from '@budgetflow/platform';
import { randomUUID } from 'node:crypto';
import { eventContext, recordChange } from '../actions/record-change';
import { requirePermission } from '../actions/refusal';
import { appendAgendaItem, lockMeeting, meetingRef, recordDecision } from '../meetings/meeting-lock';
import { toDbDate } from '../store/iso-dates';
import { subjectOf } from '../store/proposal-locks';
import { StoredMeeting } from '../store/stored-meeting';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowTransaction } from '../store/workflow-transaction';

/** How RR adopts one proposal with the agreement: as in force, or with changed amounts (the amended table on record). */
export interface Adoption {
  readonly proposal: StoredProposal;
  readonly outcome: 'adopted' | 'adopted_with_changes';
  readonly amendedTable: ConsequenceTable | null;
}

/** What the agreement records besides its adoptions. */
export interface AgreementAct {
  readonly document: AgreementDocument;
  /** RR's decision text on an adopted proposal. */
  readonly decisionText: string;
  /** RR's decision text on a proposal adopted with the package's amounts. */
  readonly changedDecisionText: string;
  readonly packageId: string | null;
  readonly packageVersion: number | null;
}

/** The RR meeting and the round's proposals, locked for the act that closes the round. */
export interface AgreementScene {
  readonly meeting: StoredMeeting;
  readonly inRound: StoredProposal[];
}

export const agreementExists = () => ProblemException.conflict('agreement.exists', 'Budgetrunden har allerede en budgetaftale; den kan ikke vedtages igen.');

/** A second agreement that raced the first one to the round's unique row is told so, as if it had come later. */
export function asAgreementExists(error: unknown): never {
  throw isUniqueViolation(error) ? agreementExists() : error;
}

/**
 * Locks what the agreement closes, in the workflow's lock order: the meeting (an RR meeting), the round (exclusively,
 * so no act on a proposal runs meanwhile), then every proposal of the round. Refused when the round has an agreement.
 */
export async function lockForAgreement(tx: WorkflowTransaction, meetingId: string): Promise<AgreementScene> {
  const meeting = await lockMeeting(tx, meetingId);
  if (meeting.body !== 'RR')
    throw ProblemException.conflict('agreement.not_rr_meeting', 'Budgetaftalen vedtages af Regionsrådet; mødet er et møde i Forretningsudvalget.');
  await tx.lockRoundForClosing(meeting.roundId);
  if (await tx.agreementOf(meeting.roundId)) throw agreementExists();
  return { meeting, inRound: await tx.lockProposalsOf(meeting.roundId) };
}

/** The workflow rules judge each adoption (RR's secretariat, a proposal FU approved); throws the first refusal. */
export function checkAdoptions(adoptions: readonly Adoption[], user: AuthenticatedUser): void {
  for (const { proposal, outcome, amendedTable } of adoptions) {
    const action = outcome === 'adopted' ? 'rr_adopt' : 'rr_adopt_with_changes';
    const about = `Forslaget ${proposal.reference}`;
    requirePermission(subjectOf(proposal), action, user.actor, about);
    const result = applyAction(subjectOf(proposal), action, user.actor, { amendedTable });
    if (!result.ok) throw refusalProblem(result, about);
  }
}

/**
 * Records the agreement as one act, in the caller's transaction: the agreement with its document, RR's decision on
 * each adopted proposal (an agenda item each at the RR meeting), every other proposal the workflow holds settled by
 * the domain's closing rule with its reason, and agreement.adopted.v2. Returns the agreement's id.
 */
export async function recordAgreement(
  tx: WorkflowTransaction,
  user: AuthenticatedUser,
  scene: AgreementScene,
  act: AgreementAct,
  adoptions: readonly Adoption[],
  request: RequestContext,
): Promise<string> {
  const { meeting, inRound } = scene;
  const { document } = act;
  const parties = document.signatories.filter((signatory) => signatory.kind === 'party').map((signatory) => signatory.name);
  const agreement = {
    id: randomUUID(),
    roundId: meeting.roundId,
    meetingId: meeting.id,
    parties,
    date: toDbDate(document.date),
    text: act.decisionText,
    document,
    packageId: act.packageId,
    packageVersion: act.packageVersion,
    createdBy: user.id,
  };
  await tx.insertAgreement(agreement);
  for (const adoption of adoptions) {
    const text = adoption.outcome === 'adopted' ? act.decisionText : act.changedDecisionText;
    await decideAtRr(tx, user, meeting, adoption.proposal, { outcome: adoption.outcome, amendedTable: adoption.amendedTable, text }, request, agreement.id);
  }
  const adopted = new Set(adoptions.map(({ proposal }) => proposal.id));
  for (const proposal of inRound.filter((candidate) => !adopted.has(candidate.id))) await settle(tx, user, meeting, proposal, agreement.id, request);
  const sequence = await tx.countRoundEvent(meeting.roundId);
  const payload: AgreementAdoptedV2 = { agreementId: agreement.id, roundId: meeting.roundId, parties, ...document };
  await tx.publish(newEvent(WorkflowEvent.AgreementAdopted, { id: meeting.roundId, sequence }, payload, eventContext(user, request)));
  return agreement.id;
}

// A proposal the agreement leaves out: settled by the domain's closing rule if the workflow holds it.
async function settle(
  tx: WorkflowTransaction,
  user: AuthenticatedUser,
  meeting: StoredMeeting,
  proposal: StoredProposal,
  agreementId: string,
  request: RequestContext,
) {
  const { state } = proposal;
  if (holderOf(state) !== 'administration') return;
  const step = closingStep(state, false);
  if (!step) return;
  if (step.action === 'rr_not_adopt') {
    await decideAtRr(tx, user, meeting, proposal, { outcome: 'not_adopted', amendedTable: null, text: step.reason }, request, agreementId);
    return;
  }
  await recordChange(tx, proposal, { action: step.action, to: step.to, reason: step.reason }, user, request);
}

// RR's decision on one proposal as part of the agreement: an agenda item at the RR meeting and the decision, the
// original table on record beside a changed one.
async function decideAtRr(
  tx: WorkflowTransaction,
  user: AuthenticatedUser,
  meeting: StoredMeeting,
  proposal: StoredProposal,
  decision: { outcome: 'adopted' | 'adopted_with_changes' | 'not_adopted'; amendedTable: ConsequenceTable | null; text: string },
  request: RequestContext,
  agreementId: string,
) {
  const { outcome, amendedTable, text } = decision;
  const listed = await tx.agendaItemOf(meeting.id, proposal.id);
  const item = listed ?? (await appendAgendaItem(tx, meeting, proposal.id, proposal.reference, user.id));
  const originalTable = await recordDecision(tx, meeting, item, proposal, { outcome, text, amendedTable, agreementId }, user);
  const action = outcome === 'adopted' ? 'rr_adopt' : outcome === 'adopted_with_changes' ? 'rr_adopt_with_changes' : 'rr_not_adopt';
  await recordChange(
    tx,
    proposal,
    {
      action,
      to: outcome === 'not_adopted' ? 'not_adopted' : 'adopted',
      meeting: meetingRef(meeting, item),
      outcome,
      decisionText: text,
      originalTable,
      decidedTable: amendedTable,
    },
    user,
    request,
  );
}
