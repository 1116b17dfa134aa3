import { Prisma, Proposal } from '@budgetflow/intake/data-access';

type Tx = Prisma.TransactionClient;

// Lock order everywhere in intake: the round, then its proposals by id.

/** Shares a lock on the round for the transaction (the agreement takes it exclusively); true when the round is closed. */
export async function lockRound(tx: Tx, roundId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ closed_at: Date | null }[]>`SELECT closed_at FROM budget_round WHERE id = ${roundId}::uuid FOR SHARE`;
  return Boolean(rows[0]?.closed_at);
}

/** Reads a proposal and locks it until the transaction ends. */
export async function lockProposal(tx: Tx, id: string): Promise<Proposal> {
  await tx.$queryRaw`SELECT id FROM proposal WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.proposal.findUniqueOrThrow({ where: { id } });
}

/** The exclusive counterpart of lockRound, for the budget agreement that closes the round; null for an unknown round. */
export async function lockRoundForClosing(tx: Tx, roundId: string): Promise<{ closed: boolean } | null> {
  const rows = await tx.$queryRaw<{ closed_at: Date | null }[]>`SELECT closed_at FROM budget_round WHERE id = ${roundId}::uuid FOR UPDATE`;
  return rows[0] ? { closed: rows[0].closed_at !== null } : null;
}

/** The round's proposals in these states, locked in id order (no deadlock with another act). */
export async function lockProposalsIn(tx: Tx, roundId: string, states: readonly string[]): Promise<Proposal[]> {
  await tx.$queryRaw`SELECT id FROM proposal WHERE round_id = ${roundId}::uuid AND state = ANY(${[...states]}) ORDER BY id FOR UPDATE`;
  return tx.proposal.findMany({ where: { roundId, state: { in: [...states] } }, orderBy: { id: 'asc' } });
}
