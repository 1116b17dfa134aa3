import { Topic } from '@budgetflow/contracts';
import { EventConsumer, KafkaBatchServer, eventBatchTransport } from '@budgetflow/messaging';
import { INestApplication } from '@nestjs/common';
import { PublicationBuilder } from '../public-site/publication-builder';
import { ReportRenderer } from '../reports/report-renderer';
import { ReportsAhead } from '../reports/reports-ahead';
import { ReportingConfig } from '../reporting-config';

/** Feeds the intake and workflow events to the read model a batch at a time; a change wakes the renderers. */
export function readModelTransport(app: INestApplication, config: ReportingConfig): KafkaBatchServer {
  const renderer = app.get(ReportRenderer);
  const ahead = app.get(ReportsAhead);
  const publications = app.get(PublicationBuilder);
  const settings = { brokers: config.KAFKA_BROKERS, clientId: 'reporting', topicPrefix: config.KAFKA_TOPIC_PREFIX };
  return eventBatchTransport(app.get(EventConsumer), {
    settings,
    groupId: 'reporting',
    topics: [Topic.IntakeEvents, Topic.WorkflowEvents],
    afterApplied: () => {
      // The reports someone is watching now; the rest once the round is quiet.
      ahead.changed();
      renderer.nudge();
      publications.nudge();
    },
  });
}
