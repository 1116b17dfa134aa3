// A practice round for the browser walk-through (README): the ten demo proposals, entered and submitted by their
// committees through the API, in an open round. `node tools/demo/practice-round.mjs` makes «Budget 2026 (øvelse)»
// (budget year 2026 like the demo data); with a round's name, it fills that round instead (one made in the browser).
import { pathToFileURL } from 'node:url';
import { demoName, mintToken } from '../auth/tokens.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { loadTs } from '../infra/load-ts.mjs';
import { loadSettings } from '../infra/settings.mjs';
import { ApiClient } from './api-client.mjs';
import { roundBody } from './run-budget-round.mjs';

const PRACTICE_NAME = 'Budget 2026 (øvelse)';

export async function makePracticeRound(settings, name = PRACTICE_NAME) {
  const { budget2026Round: demo, budget2026Proposals: proposals } = loadTs('libs/shared/domain/src/index.ts');
  const intake = `http://${settings.HTTP_HOST}:${settings.INTAKE_PORT}`;
  const as = async (role, committee) =>
    new ApiClient(
      intake,
      await mintToken({
        secret: settings.JWT_SECRET,
        role,
        committee,
        name: demoName(role, committee),
        issuer: settings.JWT_ISSUER || undefined,
        audience: settings.JWT_AUDIENCE || undefined,
      }),
    );
  const office = await as('budget_office');
  let round = (await office.get('/rounds')).find((candidate) => candidate.round.name === name);
  if (!round && name !== PRACTICE_NAME) fail(`There is no round named «${name}». Create it on the page «Budgetrunder» first (budget year ${demo.budgetYear}).`);
  round ??= await office.post('/rounds', roundBody({ ...demo, name }));
  step(`The committees enter and submit their proposals in ${name}`);
  for (const input of proposals) {
    const client = await as('committee_secretariat', input.committee);
    const existing = (await client.get(`/proposals?roundId=${round.id}&committee=${input.committee}&pageSize=100`)).items.find(
      (proposal) => proposal.content.title === input.title,
    );
    let proposal = existing ?? (await client.post(`/rounds/${round.id}/proposals`, { ...input, reference: undefined }));
    if (proposal.state === 'draft') proposal = await client.post(`/proposals/${proposal.id}/submit`, { version: proposal.version });
    console.log(`    ${proposal.reference.padEnd(11)} ${proposal.stateLabel.padEnd(10)} ${proposal.content.title}`);
  }
  ok(`${name} is open with ${proposals.length} submitted proposals: sign in as Karen Holm (Koncernøkonomi) at ${settings.GATEWAY_PUBLIC_URL ?? 'the gateway'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(() => makePracticeRound(loadSettings(), process.argv[2]));
}
