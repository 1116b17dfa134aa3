// Every setting the local infrastructure and the services read, with defaults that work on a developer machine.
// Values come from the environment, then from .env at the repository root, then from these defaults.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const defaults = {
  POSTGRES_ADMIN_URL: 'postgresql://postgres@127.0.0.1:5432/postgres',
  INTAKE_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/budgetflow_intake',
  WORKFLOW_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/budgetflow_workflow',
  REPORTING_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/budgetflow_reporting',
  KAFKA_BROKERS: '127.0.0.1:9092',
  KAFKA_CONTROLLER_PORT: '9093',
  KAFKA_TOPIC_PREFIX: '',
  KAFKA_VERSION: '3.9.2',
  KAFKA_HEAP: '512m',
  INTAKE_PORT: '3101',
  WORKFLOW_PORT: '3102',
  REPORTING_PORT: '3103',
  LOG_LEVEL: 'info',
};

function readDotEnv() {
  const file = join(root, '.env');
  if (!existsSync(file)) return {};
  const values = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith('#')) values[match[1]] = match[2].replace(/^["']|["']$/g, '');
  }
  return values;
}

/** The merged settings; also copied into process.env so that child processes see the same values. */
export function loadSettings() {
  const merged = { ...defaults, ...readDotEnv() };
  for (const [key, value] of Object.entries(merged)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
  return Object.fromEntries(Object.keys(merged).map((key) => [key, process.env[key]]));
}
