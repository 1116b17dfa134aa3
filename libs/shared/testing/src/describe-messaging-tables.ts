import { randomUUID } from 'node:crypto';

/** The typed Prisma models every service database has for messaging (outbox, inbox, cursors). */
interface MessagingClient {
  outboxEvent: {
    create(args: { data: { eventId: string; topic: string; key: string; envelope: object } }): Promise<{ position: bigint; publishedAt: Date | null }>;
    findUnique(args: { where: { eventId: string } }): Promise<{ key: string; envelope: unknown; publishedAt: Date | null } | null>;
  };
  processedEvent: {
    create(args: { data: { eventId: string; type: string } }): Promise<unknown>;
    findUnique(args: { where: { eventId: string } }): Promise<{ type: string } | null>;
  };
  $disconnect(): Promise<void>;
}

/** Integration test of one service's Prisma client against its real (test) database: write, read, constraints. */
export function describeMessagingTables(service: string, connect: () => MessagingClient): void {
  describe(`${service} database (real PostgreSQL through the generated Prisma client)`, () => {
    let db: MessagingClient;
    beforeAll(() => {
      db = connect();
    });
    afterAll(() => db.$disconnect());

    it('writes an outbox event and reads it back with its JSON envelope', async () => {
      const eventId = randomUUID();
      const envelope = { id: eventId, type: 'test.written', payload: { amount: -125, title: 'Æble og øl på ål' } };
      const created = await db.outboxEvent.create({ data: { eventId, topic: 'budgetflow.test', key: 'k-1', envelope } });
      expect(created.position).toEqual(expect.any(BigInt));
      expect(created.publishedAt).toBeNull();
      expect(await db.outboxEvent.findUnique({ where: { eventId } })).toMatchObject({ key: 'k-1', envelope, publishedAt: null });
    });

    it('refuses to record the same processed event twice', async () => {
      const eventId = randomUUID();
      await db.processedEvent.create({ data: { eventId, type: 'test.seen.v1' } });
      await expect(db.processedEvent.create({ data: { eventId, type: 'test.seen.v1' } })).rejects.toThrow(/Unique constraint/);
      expect(await db.processedEvent.findUnique({ where: { eventId } })).toEqual(expect.objectContaining({ type: 'test.seen.v1' }));
    });
  });
}
