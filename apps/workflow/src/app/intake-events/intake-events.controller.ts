import { Topic } from '@budgetflow/contracts';
import { EventConsumer, messageSource, topicPattern } from '@budgetflow/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';

/** Receives the intake service's events from Kafka and hands them to the idempotent consumer. */
@Controller()
export class IntakeEventsController {
  constructor(private readonly consumer: EventConsumer) {}

  @EventPattern<string>(topicPattern(Topic.IntakeEvents))
  async onIntakeEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    await this.consumer.consume(value, messageSource(context));
  }
}
