// Prints a development bearer token: node tools/auth/mint-token.mjs <role> [committee]
// Roles: committee_secretariat (needs a committee code, e.g. SU), budget_office, fu_secretariat, rr_secretariat, reader.
import { pathToFileURL } from 'node:url';
import { fail, runMain } from '../infra/log.mjs';
import { loadSettings } from '../infra/settings.mjs';
import { ROLES, mintToken } from './tokens.mjs';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    const [role, committee] = process.argv.slice(2);
    if (!role) fail(`Usage: node tools/auth/mint-token.mjs <role> [committee]\nRoles: ${ROLES.join(', ')}`);
    const settings = loadSettings();
    if (!settings.JWT_SECRET) fail('JWT_SECRET is empty: development tokens are signed with it (see .env.example).');
    try {
      console.log(
        await mintToken({
          secret: settings.JWT_SECRET,
          role,
          committee,
          issuer: settings.JWT_ISSUER || undefined,
          audience: settings.JWT_AUDIENCE || undefined,
        }),
      );
    } catch (error) {
      fail(error.message);
    }
  });
}
