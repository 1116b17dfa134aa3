import { BudgetRound, ProposalDraftInput, budget2026Proposals, budget2026Round, formatAmount } from '@budgetflow/domain';

/** The body of POST /rounds for a domain round: amounts in Danish text, as a person would type them. */
export function roundRequest(round: BudgetRound = budget2026Round, overrides: Record<string, unknown> = {}) {
  return {
    name: round.name,
    region: round.region,
    budgetYear: round.budgetYear,
    priceLevel: round.priceLevel,
    yearColumns: [...round.yearColumns],
    target: round.target === null ? null : formatAmount(round.target),
    frames: Object.fromEntries(Object.entries(round.frames).map(([code, amount]) => [code, formatAmount(amount)])),
    committees: round.committees.map(({ code, name, kind }) => ({ code, name, kind })),
    dates: round.dates,
    ...overrides,
  };
}

/** The body of POST /rounds/:id/proposals for one demo proposal (by reference), with overrides. */
export function proposalRequest(reference = 'B26-SU-01', overrides: Partial<Record<keyof ProposalDraftInput, unknown>> = {}) {
  const input = budget2026Proposals.find((proposal) => proposal.reference === reference);
  if (!input) throw new Error(`No demo proposal ${reference}`);
  return { ...structuredClone(input), ...overrides };
}
