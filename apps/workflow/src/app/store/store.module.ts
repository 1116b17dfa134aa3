import { Module } from '@nestjs/common';
import { PrismaWorkflowStore } from './prisma-workflow-transaction';
import { WorkflowStore } from './workflow-transaction';

/** The workflow's transactions (PostgreSQL); unit tests hand the services an in-memory store instead. */
@Module({
  providers: [{ provide: WorkflowStore, useClass: PrismaWorkflowStore }],
  exports: [WorkflowStore],
})
export class StoreModule {}
