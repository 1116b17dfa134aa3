import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { MessagingModule } from '@budgetflow/messaging';
import { DatabaseModule, HealthModule, structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { IntakeConfig } from './intake-config';

@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        structuredLogging('intake', config.LOG_LEVEL),
        DatabaseModule.forRoot(IntakeDatabase, config.INTAKE_DATABASE_URL),
        MessagingModule.register({ brokers: config.KAFKA_BROKERS, clientId: 'intake', topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        HealthModule.forService(),
      ],
    };
  }
}
