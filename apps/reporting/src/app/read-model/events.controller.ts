import { Topic } from '@budgetflow/contracts';
import { EventConsumer, messageSource, topicPattern } from '@budgetflow/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReportRenderer } from '../reports/report-renderer';

/** The intake and workflow events, into the read model; a change wakes the renderer. */
@Controller()
export class EventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly renderer: ReportRenderer,
  ) {}

  @EventPattern<string>(topicPattern(Topic.IntakeEvents))
  onIntakeEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consume(value, context);
  }

  @EventPattern<string>(topicPattern(Topic.WorkflowEvents))
  onWorkflowEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consume(value, context);
  }

  private async consume(value: unknown, context: KafkaContext): Promise<void> {
    const source = messageSource(context);
    if ((await this.consumer.consume(value, source)) === 'applied') this.renderer.nudge();
  }
}
