import { EventEnvelope, ProposalChangedV1, ProposalSnapshotV1, RoundCreatedV1 } from '@budgetflow/contracts';
import { Actor, ROLES, Role, isProposalState } from '@budgetflow/domain';
import { PermanentEventError } from '@budgetflow/messaging';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The proposal snapshot of a proposal event; a payload that lacks what the workflow needs can never be applied. */
export function proposalSnapshot(envelope: EventEnvelope): ProposalSnapshotV1 {
  const proposal = (envelope.payload as Partial<ProposalChangedV1>).proposal as unknown;
  const problems: string[] = [];
  if (!isObject(proposal)) throw new PermanentEventError(`${envelope.type}: payload.proposal must be an object`);
  if (proposal['proposalId'] !== envelope.aggregateId) problems.push('proposal.proposalId must equal the aggregate id');
  for (const field of ['roundId', 'reference', 'committee'] as const) if (!isText(proposal[field])) problems.push(`proposal.${field} must be a non-empty string`);
  if (!isProposalState(proposal['state'])) problems.push('proposal.state must be a known state');
  if (!Number.isInteger(proposal['stateSequence']) || (proposal['stateSequence'] as number) < 1) problems.push('proposal.stateSequence must be a positive integer');
  if (!Number.isInteger(proposal['version'])) problems.push('proposal.version must be an integer');
  const content = proposal['content'];
  if (!isObject(content) || typeof content['title'] !== 'string' || !isObject(content['table']) || !Array.isArray(content['table']['rows'])) {
    problems.push('proposal.content must have a title and a table with rows');
  }
  if (problems.length > 0) throw new PermanentEventError(`${envelope.type}: ${problems.join('; ')}`);
  return proposal as unknown as ProposalSnapshotV1;
}

/** The round of round.created.v1. */
export function createdRound(envelope: EventEnvelope): RoundCreatedV1 {
  const payload = envelope.payload as Partial<RoundCreatedV1>;
  const round = payload.round as unknown;
  if (payload.roundId !== envelope.aggregateId || !isObject(round) || !isText(round['name']) || !isText(round['region'])
    || !Number.isInteger(round['budgetYear']) || !Array.isArray(round['yearColumns'])) {
    throw new PermanentEventError(`${envelope.type}: payload needs roundId (the aggregate id) and a round with name, region, budgetYear and yearColumns`);
  }
  return payload as RoundCreatedV1;
}

/** Who acted, as the domain's rules know actors; an actor the rules cannot judge makes the event unusable. */
export function eventActor(envelope: EventEnvelope): Actor {
  const { role, committee } = envelope.actor;
  if (!(ROLES as readonly string[]).includes(role)) throw new PermanentEventError(`${envelope.type}: unknown actor role ${String(role)}`);
  if (role === 'committee_secretariat') {
    if (!isText(committee)) throw new PermanentEventError(`${envelope.type}: a committee secretariat actor needs its committee`);
    return { role, committee };
  }
  return { role: role as Exclude<Role, 'committee_secretariat'> } as Actor;
}
