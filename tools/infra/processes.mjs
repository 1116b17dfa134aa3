// Background processes the tools start (the broker, the services): pid files, liveness and a clean stop.
import { existsSync, readFileSync } from 'node:fs';

export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid in `file` when that process is still running, else undefined. */
export function livePid(file) {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return alive(pid) ? pid : undefined;
}

/** SIGTERM, then waits up to `timeoutMs` for the process to finish; SIGKILL after that. Resolves true on a clean stop. */
export async function stopProcess(pid, timeoutMs) {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!alive(pid)) return true;
  process.kill(pid, 'SIGKILL');
  return false;
}
