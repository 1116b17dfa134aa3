// Records every platform-specific optional dependency in package-lock.json, also those the registry mirror of
// this workplace does not serve (e.g. @swc/core-darwin-arm64). Without the entries `npm ci` refuses the lock file
// as "out of sync"; with them, npm skips the foreign platforms as usual and installs only the one it runs on.
// Run after every `npm install` that changes dependencies: node tools/npm/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../infra/settings.mjs';

const PLATFORMS = ['darwin', 'win32', 'android', 'freebsd', 'openharmony', 'linux'];
const CPUS = [
  [/arm64|aarch64/, 'arm64'],
  [/x64/, 'x64'],
  [/ia32/, 'ia32'],
  [/riscv64/, 'riscv64'],
  [/ppc64/, 'ppc64'],
  [/s390x/, 's390x'],
  [/loong64/, 'loong64'],
  [/arm/, 'arm'],
];

const file = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const meta of Object.values(lock.packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const entry = { version: spec.replace(/^[\^~=]/, ''), dev: meta.dev, optional: true };
    const os = PLATFORMS.find((platform) => name.includes(platform));
    const cpu = CPUS.find(([pattern]) => pattern.test(name))?.[1];
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    lock.packages[key] = entry;
    added += 1;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional platform packages`);
