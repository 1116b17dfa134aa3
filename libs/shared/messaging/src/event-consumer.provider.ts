import { Logger, Provider } from '@nestjs/common';
import { DeadLetterSink } from './dead-letter';
import { EventConsumer, EventConsumerOptions, EventHandlers } from './event-consumer';
import { InstanceActivity } from './instance-activity';
import { DEAD_LETTER_SINK, SQL_DATABASE } from './messaging.module';
import { SqlExecutor, TransactionalSql } from './sql-executor';

/** How a service's consumer treats a batch (see EventConsumerOptions). */
export type BatchOptions<Tx extends SqlExecutor> = Pick<EventConsumerOptions<Tx>, 'applyBatch' | 'lockBatch'>;

/**
 * The service's EventConsumer: its own database, the dead-letter sink and its log, with the given handlers (and,
 * when given, the handler that applies a batch's new events at once, or the one that locks what a batch needs).
 */
export function eventConsumerProvider<Tx extends SqlExecutor>(consumer: string, handlers: () => EventHandlers<Tx>, batch: BatchOptions<Tx> = {}): Provider {
  return {
    provide: EventConsumer,
    inject: [SQL_DATABASE, DEAD_LETTER_SINK, { token: InstanceActivity, optional: true }],
    useFactory: (db: TransactionalSql<Tx>, deadLetters: DeadLetterSink, activity: InstanceActivity | undefined) => {
      const logger = new Logger('EventConsumer');
      return new EventConsumer(db, deadLetters, handlers(), {
        consumer,
        ...batch,
        log: (level, msg, extra) => logger[level]({ ...extra, msg }),
        onConsumed: (count) => activity?.consumed(count),
      });
    },
  };
}
