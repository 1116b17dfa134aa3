import { jsonColumn } from '@budgetflow/platform';
import { RoundCreatedV1 } from '@budgetflow/contracts';
import { Prisma } from '@budgetflow/workflow/data-access';

/** round.created.v1: the workflow keeps the round, to validate amended tables against its columns. */
export async function applyRoundCreated({ roundId, round }: RoundCreatedV1, _: unknown, tx: Prisma.TransactionClient): Promise<void> {
  const data = { name: round.name, region: round.region, budgetYear: round.budgetYear, definition: jsonColumn(round) };
  await tx.budgetRound.upsert({ where: { id: roundId }, create: { id: roundId, ...data }, update: data });
}
