/** The roles in the workflow. */
export type Role = 'committee_secretariat' | 'budget_office' | 'fu_secretariat' | 'rr_secretariat' | 'reader' | 'politician';

/** All roles. */
export const ROLES: readonly Role[] = ['committee_secretariat', 'budget_office', 'fu_secretariat', 'rr_secretariat', 'reader', 'politician'];

/** Danish labels of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  committee_secretariat: 'Udvalgssekretariat',
  budget_office: 'Koncernøkonomi',
  fu_secretariat: 'FU-sekretariatet',
  rr_secretariat: 'RR-sekretariatet',
  reader: 'Læser',
  politician: 'Regionsrådsmedlem',
};

/**
 * Who acts; a committee secretariat acts for exactly one committee, a member of the regional council
 * (regionsrådsmedlem) for one party (or as «Løsgænger»: a member outside any party says so as its party).
 */
export type Actor =
  | { readonly role: 'committee_secretariat'; readonly committee: string }
  | { readonly role: 'budget_office' }
  | { readonly role: 'fu_secretariat' }
  | { readonly role: 'rr_secretariat' }
  | { readonly role: 'reader' }
  | { readonly role: 'politician'; readonly party: string };

/** The roles that only read proposals: a reader, and a member of the regional council (who asks budget questions instead). */
export const READ_ONLY_ROLES: readonly Role[] = ['reader', 'politician'];

/** Danish description of an actor for messages, e.g. "udvalgssekretariatet for «SU»", "regionsrådsmedlem («Venstre»)". */
export function describeActor(actor: Actor): string {
  if (actor.role === 'committee_secretariat') return `udvalgssekretariatet for «${actor.committee}»`;
  if (actor.role === 'politician') return `et regionsrådsmedlem («${actor.party}»)`;
  return ROLE_LABELS[actor.role];
}
