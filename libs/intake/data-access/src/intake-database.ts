import { OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** The intake service's database (its own PostgreSQL database), through Prisma's pg driver adapter. */
export class IntakeDatabase extends PrismaClient implements OnModuleDestroy {
  constructor(url: string) {
    super({ adapter: new PrismaPg({ connectionString: url }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
