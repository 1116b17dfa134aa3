import { eventConsumerProvider } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { intakeEventHandlers } from './intake-event-handlers';
import { IntakeEventsController } from './intake-events.controller';

/** Follows intake's events from Kafka: rounds, and the committees' proposals while the committee holds them. */
@Module({
  controllers: [IntakeEventsController],
  providers: [eventConsumerProvider('workflow', intakeEventHandlers)],
})
export class IntakeEventsModule {}
