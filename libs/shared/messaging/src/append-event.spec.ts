import { EventEnvelope, ParseError, ReportingEvent, ReportGeneratedV1, Topic } from '@budgetflow/contracts';
import { eventHandlers, on } from './event-handlers';
import { newEvent } from './append-event';
import { SqlExecutor } from './sql-executor';

const ROUND = '0b8d2c55-6a43-4a5e-9d8e-3c1f7a2b9e10';
const context = { actor: { id: 'reporting', role: 'service' }, correlationId: ROUND, causationId: null };
const generated: ReportGeneratedV1 = { roundId: ROUND, report: 'katalog', proposalId: null, etag: '"abc"', dataVersion: 3 };

describe('one way to write and read an event', () => {
  it('builds the envelope from the type definition: topic, name, version and the aggregate sequence', () => {
    const { topic, envelope } = newEvent(ReportingEvent.ReportGenerated, { id: ROUND, sequence: 4 }, generated, context);
    expect(topic).toBe(Topic.ReportingEvents);
    expect(envelope).toEqual(
      expect.objectContaining({ type: 'report.generated', version: 1, aggregateId: ROUND, sequence: 4, payload: generated, ...context }),
    );
  });

  it('refuses to write a payload its followers would dead-letter', () => {
    expect(() => newEvent(ReportingEvent.ReportGenerated, { id: ROUND, sequence: 1 }, { ...generated, etag: '' }, context)).toThrow(
      new ParseError('payload.etag', 'must not be empty'),
    );
  });

  it('hands a handler the payload its type parsed, under the qualified type', async () => {
    const seen: ReportGeneratedV1[] = [];
    const handlers = eventHandlers<SqlExecutor>(on(ReportingEvent.ReportGenerated, async (payload) => void seen.push(payload)));
    const { envelope } = newEvent(ReportingEvent.ReportGenerated, { id: ROUND, sequence: 1 }, generated, context);
    await handlers['report.generated.v1'](envelope, {} as SqlExecutor);
    expect(seen).toEqual([generated]);
    const malformed: EventEnvelope = { ...envelope, payload: { ...generated, dataVersion: '3' } };
    await expect(handlers['report.generated.v1'](malformed, {} as SqlExecutor)).rejects.toThrow('payload.dataVersion: must be an integer');
  });
});
