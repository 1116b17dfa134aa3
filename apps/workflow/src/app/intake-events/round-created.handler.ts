import { RoundCreatedV1 } from '@budgetflow/contracts';
import { WorkflowTransaction } from '../store/workflow-transaction';

/** round.created.v1: the workflow keeps the round, to validate amended tables against its columns. */
export async function applyRoundCreated({ roundId, round }: RoundCreatedV1, _: unknown, tx: WorkflowTransaction): Promise<void> {
  await tx.saveRound(roundId, round);
}
