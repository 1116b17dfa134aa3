import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The architecture rules live in lint (Nx tags); this proves they bite, using the workspace's real ESLint config.
const root = join(__dirname, '..', '..', '..');

// ESLint runs as its own process (its ES-module config cannot load inside jest's module sandbox).
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', join(root, filePath), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('module boundaries', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';", '@nestjs/common'],
    ["import { PrismaClient } from '@prisma/client';", '@prisma/client'],
    ["import { Kafka } from 'kafkajs';", 'kafkajs'],
  ])(
    'the domain library may not import %s',
    async (code, banned) => {
      const messages = await lintAs('libs/shared/domain/src/lint-fixture.ts', `${code}\nexport const x = 1;\n`);
      expect(messages).toEqual([expect.stringContaining(`"${banned}"`)]);
    },
    60_000,
  );

  it('the domain library may not import a service library', async () => {
    const messages = await lintAs(
      'libs/shared/domain/src/lint-fixture.ts',
      "import { IntakeDatabase } from '@budgetflow/intake/data-access';\nexport const x = IntakeDatabase;\n",
    );
    // Every other library builds on the domain, so Nx may name the cycle before the tag rule: both refuse it.
    expect(messages).toEqual([expect.stringMatching(/can only depend on libs tagged with "type:domain"|Circular dependency between "domain"/)]);
  }, 60_000);

  it('one service may not import another service’s data access', async () => {
    const messages = await lintAs(
      'apps/workflow/src/lint-fixture.ts',
      "import { IntakeDatabase } from '@budgetflow/intake/data-access';\nexport const x = IntakeDatabase;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/scope:workflow/)]);
  }, 60_000);

  it('allows the domain library its own pure code', async () => {
    expect(
      await lintAs('libs/shared/domain/src/lint-fixture.ts', "import { formatAmount } from './money/format-amount';\nexport const x = formatAmount;\n"),
    ).toEqual([]);
  }, 60_000);
});
