import { EventConsumer, eventConsumerProvider } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { lockWorkflowBatch } from './lock-workflow-batch';
import { workflowEventHandlers } from './workflow-event-handlers';

/** Follows the workflow's decisions from Kafka (state, remark, amended tables, the round's closing), fed in batches by eventBatchTransport. */
@Module({
  providers: [eventConsumerProvider('intake', workflowEventHandlers, { lockBatch: lockWorkflowBatch })],
  exports: [EventConsumer],
})
export class WorkflowEventsModule {}
