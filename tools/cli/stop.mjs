// npm stop: stops the load balancer, the web stack, the services (every instance) and the Kafka broker that npm start (or npm test) started. PostgreSQL is left alone.
import { runMain, step } from '../infra/log.mjs';

await runMain(async () => {
  const { stopDeployment } = await import('../infra/services.mjs');
  const { stopKafka } = await import('../infra/kafka.mjs');
  step('Stopping the load balancer, the web application, the sign-in and the services');
  await stopDeployment();
  await stopKafka();
});
