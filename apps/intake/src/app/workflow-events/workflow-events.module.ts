import { eventConsumerProvider } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { workflowEventHandlers } from './workflow-event-handlers';
import { WorkflowEventsController } from './workflow-events.controller';

/** Follows the workflow's decisions from Kafka (state, remark, amended tables, the round's closing). */
@Module({
  controllers: [WorkflowEventsController],
  providers: [eventConsumerProvider('intake', workflowEventHandlers)],
})
export class WorkflowEventsModule {}
