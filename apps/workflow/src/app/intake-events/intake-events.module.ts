import { EventConsumer, eventConsumerProvider } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { intakeEventHandlers } from './intake-event-handlers';
import { lockIntakeBatch } from './lock-intake-batch';

/** Follows intake's events from Kafka: rounds, and the committees' proposals while the committee holds them; fed in batches by eventBatchTransport. */
@Module({
  providers: [eventConsumerProvider('workflow', intakeEventHandlers, { lockBatch: lockIntakeBatch })],
  exports: [EventConsumer],
})
export class IntakeEventsModule {}
