import { AGREEMENT_ADOPTED_EVENTS, EventEnvelope, qualifiedType } from '@budgetflow/contracts';
import { Prisma } from '@budgetflow/intake/data-access';
import { ProposalTransaction } from '../proposals/proposal-transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLOSING = new Set(AGREEMENT_ADOPTED_EVENTS.map((event) => event.qualified));

// Read without the payload's parser (the handler parses it); an id that is not a UUID is left to the handler to refuse.
const idAt = (envelope: EventEnvelope, key: string): string[] => {
  const payload = envelope.payload;
  const id = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && UUID.test(id) ? [id] : [];
};

/** Locks the rounds and proposals a batch of the workflow's events touches, in intake's order, before any is applied. */
export async function lockWorkflowBatch(envelopes: readonly EventEnvelope[], tx: Prisma.TransactionClient): Promise<void> {
  const closing = new Set(envelopes.filter((envelope) => CLOSING.has(qualifiedType(envelope))).flatMap((envelope) => idAt(envelope, 'roundId')));
  const shared = new Set(envelopes.flatMap((envelope) => idAt(envelope, 'roundId')).filter((id) => !closing.has(id)));
  const proposals = new Set(envelopes.flatMap((envelope) => idAt(envelope, 'proposalId')));
  await new ProposalTransaction(tx).lockForFollowing([...closing], [...shared], [...proposals]);
}
