import {
  BeforeApplicationShutdown,
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { createKafka } from './create-kafka';
import { DeadLetterSink, KafkaDeadLetterSink } from './dead-letter';
import { EventPublisher } from './event-publisher';
import { KafkaProbe } from './kafka-probe';
import { KafkaPublisher } from './kafka-publisher';
import { InstanceActivity } from './instance-activity';
import { KafkaSettings } from './kafka-settings';
import { OutboxRelay } from './outbox-relay';
import { OutboxRetention, OutboxRetentionOptions } from './outbox-retention';
import { TransactionalSql } from './sql-executor';

/** The service's database client, as the messaging code sees it (provide it with useExisting). */
export const SQL_DATABASE = Symbol('SQL_DATABASE');
/** The service's database URL, for what needs a connection of its own (a lease: see AdvisoryLease). */
export const DATABASE_URL = Symbol('DATABASE_URL');
export const KAFKA = Symbol('KAFKA');
export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');
export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');
export const DEAD_LETTER_SINK = Symbol('DEAD_LETTER_SINK');

/**
 * Runs the outbox relay for the lifetime of the application. On shutdown the relay stops before Nest closes the
 * consumer and the HTTP server, and the Kafka connections close after them (the dead-letter sink needs one).
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly retention: OutboxRetention,
    private readonly probe: KafkaProbe,
    @Inject(EVENT_PUBLISHER) private readonly publisher: KafkaPublisher,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.retention.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.relay.stop(), this.retention.stop()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.probe.close();
  }
}

// Nest's Logger writes through the application's logger (the platform's StructuredLogger).
const messagingLog = new Logger('Messaging');

/** Kafka access, the outbox relay and the dead-letter sink of one service. Global: every module of the app uses it. */
@Global()
@Module({})
export class MessagingModule {
  static register(settings: KafkaSettings, retention: Omit<OutboxRetentionOptions, 'onError'> = { maxAgeHours: 0 }): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        {
          provide: KAFKA,
          useFactory: () =>
            createKafka(settings, (level, message, extra) => {
              if (level === 'error' || level === 'warn') messagingLog[level]({ ...extra, msg: message });
            }),
        },
        { provide: KafkaProbe, inject: [KAFKA], useFactory: (kafka: Kafka) => new KafkaProbe(kafka) },
        { provide: EVENT_PUBLISHER, inject: [KAFKA], useFactory: (kafka: Kafka) => new KafkaPublisher(kafka) },
        {
          provide: DEAD_LETTER_SINK,
          inject: [EVENT_PUBLISHER],
          useFactory: (publisher: EventPublisher): DeadLetterSink => new KafkaDeadLetterSink(publisher, settings.topicPrefix),
        },
        {
          provide: OutboxRelay,
          inject: [SQL_DATABASE, EVENT_PUBLISHER],
          useFactory: (db: TransactionalSql, publisher: EventPublisher) =>
            new OutboxRelay(db, publisher, {
              topicPrefix: settings.topicPrefix,
              onError: (error, attempt) =>
                messagingLog.warn({ attempt, err: error instanceof Error ? error.message : String(error), msg: 'Outbox relay could not publish; retrying' }),
            }),
        },
        {
          provide: OutboxRetention,
          inject: [SQL_DATABASE],
          useFactory: (db: TransactionalSql) =>
            new OutboxRetention(db, {
              ...retention,
              onError: (error) =>
                messagingLog.warn({
                  err: error instanceof Error ? error.message : String(error),
                  msg: 'Outbox retention could not delete old rows; trying again later',
                }),
            }),
        },
        MessagingLifecycle,
        InstanceActivity,
      ],
      exports: [KAFKA_SETTINGS, KAFKA, KafkaProbe, EVENT_PUBLISHER, DEAD_LETTER_SINK, OutboxRelay, OutboxRetention, InstanceActivity],
    };
  }
}
