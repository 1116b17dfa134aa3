/**
 * The part of a Prisma client (or of the transaction client inside `$transaction`) the messaging code needs.
 * Every service's generated client satisfies it, so the outbox and inbox code exists once.
 */
export interface SqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** A client that can also open an interactive transaction, whose client is Tx (a service's Prisma transaction client). */
export interface TransactionalSql<Tx extends SqlExecutor = SqlExecutor> extends SqlExecutor {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
}
