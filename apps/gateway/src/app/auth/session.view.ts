import { SessionView } from '@budgetflow/contracts';
import { ROLE_LABELS } from '@budgetflow/domain';
import { Session } from '../session/session';

/** What the page learns about the session: the person, never a token (the contract the web app reads). */

export function sessionView(session: Session): SessionView {
  const { user } = session.data;
  return {
    user: {
      id: user.id,
      // A token without a name: the header shows the login id beside the role.
      name: user.name ?? user.id,
      role: user.actor.role,
      roleLabel: ROLE_LABELS[user.actor.role],
      ...(user.actor.role === 'committee_secretariat' ? { committee: user.actor.committee } : {}),
      ...(user.actor.role === 'politician' ? { party: user.actor.party } : {}),
    },
    csrfToken: session.data.csrfToken,
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
  };
}
