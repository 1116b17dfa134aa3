import { MessagingModule } from '@budgetflow/messaging';
import { DynamicModule, Type } from '@nestjs/common';
import { tokenSettings } from '../auth/auth-config';
import { AuthModule } from '../auth/auth.module';
import { ConfigOf } from '../config/config-schema';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { structuredLogging } from '../logging/logger.module';
import { authConfigSchema, commonConfigSchema } from './service-config';

type FoundationConfig = ConfigOf<typeof commonConfigSchema> & ConfigOf<typeof authConfigSchema>;

/** What every Budgetflow service is built on: JSON logs, its database, Kafka and the outbox relay, tokens, /health. */
export function serviceFoundation<T>(service: string, config: FoundationConfig, database: Type<T>, databaseUrl: string): DynamicModule[] {
  return [
    structuredLogging(service, config.LOG_LEVEL),
    DatabaseModule.forRoot(database, databaseUrl),
    MessagingModule.register(
      { brokers: config.KAFKA_BROKERS, clientId: service, topicPrefix: config.KAFKA_TOPIC_PREFIX },
      { maxAgeHours: config.OUTBOX_RETENTION_HOURS, batchSize: config.OUTBOX_RETENTION_BATCH },
    ),
    AuthModule.register(tokenSettings(config)),
    HealthModule.forService(config.INSTANCE_ID),
  ];
}
