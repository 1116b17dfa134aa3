import { ROLES, Role } from '@budgetflow/domain';
import { fields, nonEmptyText, oneOf, optional, text } from '../parse/reader';

// The gateway's own answers (/auth/session, /auth/logout): written by the gateway, read by the web app, which
// checks them with these parsers (the services' answers are typed from their OpenAPI documents instead).

/** GET /auth/session: the person signed in and the page's CSRF token; never a token of the provider. */
export interface SessionView {
  /** `committee` for a committee secretariat, `party` for a member of the regional council. */
  user: { id: string; name: string; role: Role; roleLabel: string; committee?: string; party?: string };
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** POST /auth/logout: where the browser goes next (the provider's end-session endpoint, or the signed-out page). */
export interface LogoutView {
  logoutUrl: string;
}

export const parseSessionView = fields<SessionView>({
  user: fields<SessionView['user']>({
    id: nonEmptyText,
    name: text,
    role: oneOf(ROLES),
    roleLabel: text,
    committee: optional(nonEmptyText),
    party: optional(nonEmptyText),
  }),
  csrfToken: nonEmptyText,
  idleExpiresAt: nonEmptyText,
  absoluteExpiresAt: nonEmptyText,
});

export const parseLogoutView = fields<LogoutView>({ logoutUrl: nonEmptyText });
