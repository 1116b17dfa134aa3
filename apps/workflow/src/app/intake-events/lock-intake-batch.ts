import { EventEnvelope } from '@budgetflow/contracts';
import { Prisma } from '@budgetflow/workflow/data-access';
import { PrismaWorkflowTransaction } from '../store/prisma-workflow-transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Read without the payload's parser (the handler parses it); an id that is not a UUID is left to the handler to refuse.
const idAt = (value: unknown, key: string): string[] => {
  const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && UUID.test(id) ? [id] : [];
};

/** Locks the rounds and proposals a batch of intake's events touches, in the workflow's order, before any is applied. */
export async function lockIntakeBatch(envelopes: readonly EventEnvelope[], tx: Prisma.TransactionClient): Promise<void> {
  const proposals = envelopes.map((envelope) => (envelope.payload as { proposal?: unknown }).proposal);
  const roundIds = [...envelopes.flatMap((envelope) => idAt(envelope.payload, 'roundId')), ...proposals.flatMap((proposal) => idAt(proposal, 'roundId'))];
  const proposalIds = proposals.flatMap((proposal) => idAt(proposal, 'proposalId'));
  await new PrismaWorkflowTransaction(tx).lockForFollowing([...new Set(roundIds)], [...new Set(proposalIds)]);
}
