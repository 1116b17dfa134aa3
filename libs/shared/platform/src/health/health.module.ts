import { KafkaProbe, SQL_DATABASE, SqlExecutor } from '@budgetflow/messaging';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HEALTH_INSTANCE, HEALTH_PROBES, HealthProbes } from './health-probes';

/** GET /health running the service's probes; the probes come from a provider of the importing module. */
@Module({})
export class HealthModule {
  static register(options: {
    imports?: DynamicModule['imports'];
    inject: unknown[];
    useFactory: (...deps: never[]) => HealthProbes;
    /** The instance's name (INSTANCE_ID). */
    instance: string;
  }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers: [
        { provide: HEALTH_PROBES, inject: options.inject as never[], useFactory: options.useFactory },
        { provide: HEALTH_INSTANCE, useValue: options.instance },
      ],
    };
  }

  /** The usual probes of a Budgetflow service: its database and the Kafka broker. */
  static forService(instance: string): DynamicModule {
    return HealthModule.register({
      instance,
      inject: [SQL_DATABASE, KafkaProbe],
      useFactory: (db: SqlExecutor, kafka: KafkaProbe) => ({
        database: () => db.$queryRawUnsafe('SELECT 1'),
        kafka: () => kafka.check(),
      }),
    });
  }
}
