// Lets the plain-JavaScript tools read the TypeScript contracts (topic names) without a build step.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './settings.mjs';

const require = createRequire(import.meta.url);

export function loadTs(relativePath) {
  // The workspace's path aliases (@budgetflow/...) live in tsconfig.base.json.
  process.env.SWC_NODE_PROJECT ??= join(root, 'tsconfig.base.json');
  require('@swc-node/register');
  return require(join(root, relativePath));
}
