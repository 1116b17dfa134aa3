import { Actor } from '@budgetflow/domain';

/** The caller, from a verified token: who (for the record) and in which role (for the rules). */
export interface AuthenticatedUser {
  id: string;
  name: string;
  actor: Actor;
}
