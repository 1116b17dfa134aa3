// Every setting the local infrastructure and the services read, with defaults that work on a developer machine.
// Values come from the environment, then from .env at the repository root, then from .env.example.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The defaults are the values documented in .env.example: one list, not two.
const defaults = parseEnvFile(join(root, '.env.example'));

function parseEnvFile(file) {
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
  const merged = { ...defaults, ...parseEnvFile(join(root, '.env')) };
  for (const [key, value] of Object.entries(merged)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
  return Object.fromEntries(Object.keys(merged).map((key) => [key, process.env[key]]));
}
