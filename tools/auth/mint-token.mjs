// Prints a development bearer token: node tools/auth/mint-token.mjs <role> [committee|party] [--name "Karen Holm"] [--subject kho]
// Roles: committee_secretariat (needs a committee code, e.g. SU), budget_office, fu_secretariat, rr_secretariat, reader,
// politician (a member of the regional council; needs its party, e.g. Venstre).
// Without --name the token has no `name` claim, and the history shows the role and the login id («Koncernøkonomi (kho)»).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { fail, runMain } from '../infra/log.mjs';
import { loadSettings } from '../infra/settings.mjs';
import { ROLES, mintToken } from './tokens.mjs';

const USAGE = `Usage: node tools/auth/mint-token.mjs <role> [committee|party] [--name "Karen Holm"] [--subject kho]\nRoles: ${ROLES.join(', ')}`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    let parsed;
    try {
      parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { name: { type: 'string' }, subject: { type: 'string' } } });
    } catch (error) {
      fail(`${error.message}\n${USAGE}`);
    }
    // The second word is what the role acts for: a committee secretariat's committee, a member's party.
    const [role, qualifier] = parsed.positionals;
    if (!role) fail(USAGE);
    const settings = loadSettings();
    if (!settings.JWT_SECRET) fail('JWT_SECRET is empty: development tokens are signed with it (see .env.example).');
    try {
      console.log(
        await mintToken({
          secret: settings.JWT_SECRET,
          role,
          ...(role === 'politician' ? { party: qualifier } : { committee: qualifier }),
          name: parsed.values.name,
          subject: parsed.values.subject,
          issuer: settings.JWT_ISSUER || undefined,
          audience: settings.JWT_AUDIENCE || undefined,
        }),
      );
    } catch (error) {
      fail(error.message);
    }
  });
}
