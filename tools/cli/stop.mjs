// npm stop: stops the web stack, the services and the Kafka broker that npm start (or npm test) started. PostgreSQL is left alone.
import { runMain, step } from '../infra/log.mjs';

await runMain(async () => {
  const { stopServices, stopWeb } = await import('../infra/services.mjs');
  const { stopKafka } = await import('../infra/kafka.mjs');
  step('Stopping the web application, the sign-in and the services');
  await stopWeb();
  await stopServices();
  await stopKafka();
});
