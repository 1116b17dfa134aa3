import { EventConsumer, eventConsumerProvider } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { applyReadModelBatch, readModelHandlers } from './read-model-batch';

/** The read model: intake's and workflow's events applied in batches (fed by readModelTransport). */
@Module({
  providers: [eventConsumerProvider('reporting', readModelHandlers, { applyBatch: applyReadModelBatch })],
  exports: [EventConsumer],
})
export class ReadModelModule {}
