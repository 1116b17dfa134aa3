/** The roles in the workflow. */
export type Role = 'committee_secretariat' | 'budget_office' | 'fu_secretariat' | 'rr_secretariat' | 'reader';

/** All roles. */
export const ROLES: readonly Role[] = ['committee_secretariat', 'budget_office', 'fu_secretariat', 'rr_secretariat', 'reader'];

/** Danish labels of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  committee_secretariat: 'Udvalgssekretariat',
  budget_office: 'Koncernøkonomi',
  fu_secretariat: 'FU-sekretariatet',
  rr_secretariat: 'RR-sekretariatet',
  reader: 'Læser',
};

/** Who acts; a committee secretariat acts for exactly one committee. */
export type Actor =
  | { readonly role: 'committee_secretariat'; readonly committee: string }
  | { readonly role: 'budget_office' }
  | { readonly role: 'fu_secretariat' }
  | { readonly role: 'rr_secretariat' }
  | { readonly role: 'reader' };

/** Danish description of an actor for messages, e.g. "udvalgssekretariatet for «SU»". */
export function describeActor(actor: Actor): string {
  return actor.role === 'committee_secretariat' ? `udvalgssekretariatet for «${actor.committee}»` : ROLE_LABELS[actor.role];
}
