// npm stop: stops the services and the Kafka broker that npm start (or npm test) started. PostgreSQL is left alone.
import { runMain, step } from '../infra/log.mjs';

await runMain(async () => {
  const { stopServices } = await import('../infra/services.mjs');
  const { stopKafka } = await import('../infra/kafka.mjs');
  step('Stopping the services');
  await stopServices();
  await stopKafka();
});
