import 'reflect-metadata';
import { ConfigError, loadConfig } from '@budgetflow/platform';
import { createGatewayApp, gatewayConfigSchema, gatewayProblems } from './app/create-gateway-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(gatewayConfigSchema, process.env, gatewayProblems);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), service: 'gateway', msg: error.message, problems: error.problems })}\n`,
    );
    process.exit(1);
  }
  const app = await createGatewayApp(config);
  await app.listen(config.GATEWAY_PORT, config.HTTP_HOST);
}

void main();
