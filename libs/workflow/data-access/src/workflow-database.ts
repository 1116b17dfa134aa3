import { OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** The workflow service's database (its own PostgreSQL database), through Prisma's pg driver adapter. */
export class WorkflowDatabase extends PrismaClient implements OnApplicationShutdown {
  constructor(url: string) {
    // A transaction waits for the row locks of the one before it on the same proposal or round: on a busy machine
    // that can pass Prisma's 5 s default, which would turn a correct request into a 500.
    super({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  }

  // Last of all: Nest closes the HTTP server and the Kafka consumer first, so no work loses its database.
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}
