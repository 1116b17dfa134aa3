import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { KafkaProbe, MessagingModule, SQL_DATABASE } from '@budgetflow/messaging';
import { HealthModule, structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { IntakeConfig } from './intake-config';

@Global()
@Module({})
class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: IntakeDatabase, useFactory: () => new IntakeDatabase(url) }, { provide: SQL_DATABASE, useExisting: IntakeDatabase }],
      exports: [IntakeDatabase, SQL_DATABASE],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        structuredLogging('intake', config.LOG_LEVEL),
        DatabaseModule.forRoot(config.INTAKE_DATABASE_URL),
        MessagingModule.register({ brokers: config.KAFKA_BROKERS, clientId: 'intake', topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        HealthModule.register({
          inject: [IntakeDatabase, KafkaProbe],
          useFactory: (db: IntakeDatabase, kafka: KafkaProbe) => ({ database: () => db.$queryRaw`SELECT 1`, kafka: () => kafka.check() }),
        }),
      ],
    };
  }
}
