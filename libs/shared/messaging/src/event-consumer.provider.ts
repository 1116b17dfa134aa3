import { Logger, Provider } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { DeadLetterSink, MessageSource } from './dead-letter';
import { BatchEventHandler, EventConsumer, EventHandlers } from './event-consumer';
import { InstanceActivity } from './instance-activity';
import { DEAD_LETTER_SINK, SQL_DATABASE } from './messaging.module';
import { SqlExecutor, TransactionalSql } from './sql-executor';

/**
 * The service's EventConsumer: its own database, the dead-letter sink and its log, with the given handlers (and,
 * when given, the handler that applies a batch's new events at once).
 */
export function eventConsumerProvider<Tx extends SqlExecutor>(
  consumer: string,
  handlers: () => EventHandlers<Tx>,
  applyBatch?: BatchEventHandler<Tx>,
): Provider {
  return {
    provide: EventConsumer,
    inject: [SQL_DATABASE, DEAD_LETTER_SINK, { token: InstanceActivity, optional: true }],
    useFactory: (db: TransactionalSql<Tx>, deadLetters: DeadLetterSink, activity: InstanceActivity | undefined) => {
      const logger = new Logger('EventConsumer');
      return new EventConsumer(db, deadLetters, handlers(), {
        consumer,
        applyBatch,
        log: (level, msg, extra) => logger[level]({ ...extra, msg }),
        onConsumed: (count) => activity?.consumed(count),
      });
    },
  };
}

/** Where a message handed to an @EventPattern handler came from. */
export function messageSource(context: KafkaContext): MessageSource {
  return { topic: context.getTopic(), partition: context.getPartition(), offset: context.getMessage().offset };
}
