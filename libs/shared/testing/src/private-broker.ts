import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..', '..');

/**
 * A Kafka broker of the test's own (separate data, ports and process), started and stopped with the same tool
 * as the shared one, for tests that take the broker away without disturbing the others.
 */
export class PrivateBroker {
  readonly brokers: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(name: string, port: number) {
    this.brokers = `127.0.0.1:${port}`;
    this.env = { ...process.env, KAFKA_INSTANCE: `test-${name}`, KAFKA_BROKERS: this.brokers, KAFKA_CONTROLLER_PORT: String(port + 1), KAFKA_HEAP: '384m' };
  }

  /** Forgets everything an earlier run left (the broker must be stopped). */
  reset(): void {
    rmSync(join(root, '.infra', String(this.env['KAFKA_INSTANCE'])), { recursive: true, force: true });
  }

  async start(): Promise<void> {
    await run(process.execPath, [join(root, 'tools', 'infra', 'kafka.mjs'), 'start'], { env: this.env, cwd: root });
  }

  async stop(): Promise<void> {
    await run(process.execPath, [join(root, 'tools', 'infra', 'kafka.mjs'), 'stop'], { env: this.env, cwd: root });
  }
}
