// Runs a command from node_modules/.bin in the repository root, with output shown, and returns its exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './settings.mjs';

export function runBin(bin, args, env = process.env) {
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}
