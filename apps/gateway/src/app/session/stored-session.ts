import { Parser, fields, integer, nonEmptyText, nullable, object, oneOf, optional, text } from '@budgetflow/contracts';
import { Actor, ROLES } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { PendingLogin, SessionData } from './session';

const actor: Parser<Actor> = (value, path) => {
  const source = object(value, path);
  const role = oneOf(ROLES)(source['role'], `${path}.role`);
  if (role === 'committee_secretariat') return { role, committee: nonEmptyText(source['committee'], `${path}.committee`) };
  if (role === 'politician') return { role, party: nonEmptyText(source['party'], `${path}.party`) };
  return { role };
};

const user = fields<AuthenticatedUser>({ id: nonEmptyText, name: nullable(text), actor });

/** A session's data column, checked when it is read: a malformed row is a ParseError naming it. */
export const parseSessionData: Parser<SessionData> = fields<SessionData>({
  user,
  accessToken: nonEmptyText,
  accessTokenExpiresAt: integer,
  refreshToken: optional(text),
  idToken: optional(text),
  csrfToken: nonEmptyText,
});

/** A pending sign-in's data column, checked when it is taken. */
export const parsePendingLogin: Parser<PendingLogin> = fields<PendingLogin>({ codeVerifier: nonEmptyText, nonce: nonEmptyText, returnTo: text });
