// The demo users of the development identity provider (demo-users.json): one per committee of the Budget 2026 demo
// round, the budget office, FU's and RR's secretariats, a reader and two members of the regional council of different
// parties. Their `groups` claim is what a region's directory
// would send (e.g. Entra ID groups); JWT_ROLE_MAPPING in .env.example turns each group into a Budgetflow role.
import { readFileSync } from 'node:fs';

export const DEMO_USERS = JSON.parse(readFileSync(new URL('./demo-users.json', import.meta.url), 'utf8'));

/** JWT_ROLE_MAPPING for the demo users' groups: the same format a region uses for its own directory's groups. */
export const DEMO_ROLE_MAPPING = DEMO_USERS.map((user) => `groups:${user.groups[0]}=${user.role}${qualifier(user)}`).join(',');

/** What a role acts for, after a colon: a committee secretariat's committee, a member's party. */
function qualifier(user) {
  if (user.committee) return `:${user.committee}`;
  return user.party ? `:${user.party}` : '';
}
