import { EventEnvelope } from '@budgetflow/contracts';
import { SqlExecutor } from '@budgetflow/messaging';
import { Prisma } from '@budgetflow/workflow/data-access';
import { createdRound } from './intake-payloads';

/** round.created.v1: the workflow keeps the round, to validate amended tables against its columns. */
export async function applyRoundCreated(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const tx = sql as unknown as Prisma.TransactionClient;
  const { roundId, round } = createdRound(envelope);
  const data = { name: round.name, region: round.region, budgetYear: round.budgetYear, definition: round as object };
  await tx.budgetRound.upsert({ where: { id: roundId }, create: { id: roundId, ...data }, update: data });
}
