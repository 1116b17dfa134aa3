import { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, ConfigSchema, ConfigOf, loadConfig } from '../config/config-schema';
import { startConsumersInBackground } from './create-service-app';

/**
 * The main() of every service: validates the configuration first (a missing or malformed variable stops the
 * service with a message naming it), then builds the app, listens and starts consuming.
 */
export async function runService<S extends ConfigSchema>(
  name: string,
  schema: S,
  crossChecks: (config: ConfigOf<S>) => string[],
  build: (config: ConfigOf<S>) => Promise<{ app: NestExpressApplication; port: number; host: string }>,
): Promise<void> {
  let config: ConfigOf<S>;
  try {
    config = loadConfig(schema, process.env, crossChecks);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), service: name, msg: error.message, problems: error.problems })}\n`,
    );
    process.exit(1);
  }
  const { app, port, host } = await build(config);
  await app.listen(port, host);
  startConsumersInBackground(app);
}
