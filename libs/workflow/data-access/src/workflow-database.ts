import { OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** The workflow service's database (its own PostgreSQL database), through Prisma's pg driver adapter. */
export class WorkflowDatabase extends PrismaClient implements OnApplicationShutdown {
  constructor(url: string) {
    super({ adapter: new PrismaPg({ connectionString: url }) });
  }

  // Last of all: Nest closes the HTTP server and the Kafka consumer first, so no work loses its database.
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}
