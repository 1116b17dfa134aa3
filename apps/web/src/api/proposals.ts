import { useQuery } from '@tanstack/react-query';
import { answer, intake } from './clients';
import type { ProposalDraftBody } from './views';

// A committee's proposal through intake: read it and its history, create, save (version-guarded), submit, withdraw.

/** What the editor sends: the reference and committee are the service's to assign and keep. */
export type ProposalBody = Omit<ProposalDraftBody, 'reference' | 'committee'>;

export const proposalKey = (id: string | undefined) => ['proposal', id];

/** A proposal as intake has it now. */
export function fetchProposal(id: string) {
  return answer(intake.GET('/proposals/{proposalId}', { params: { path: { proposalId: id } } }));
}

/** A proposal as it stands: asked again whenever a page shows it (the budget office may have acted meanwhile). */
export function useProposal(id: string | undefined) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => fetchProposal(id ?? ''), enabled: Boolean(id), staleTime: 0 });
}

/**
 * The proposal an editor starts from: always fetched afresh when the editor opens (never a cached copy, whose version
 * would be refused), and not again under the open editor, which keeps its own copy.
 */
export function useProposalToEdit(id: string | undefined) {
  return useQuery({
    queryKey: ['proposal-to-edit', id],
    queryFn: () => fetchProposal(id ?? ''),
    enabled: Boolean(id),
    gcTime: 0,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useProposalHistory(id: string | undefined) {
  return useQuery({
    queryKey: ['proposal-history', id],
    queryFn: () => answer(intake.GET('/proposals/{proposalId}/history', { params: { path: { proposalId: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export function createProposal(roundId: string, body: ProposalBody) {
  return answer(intake.POST('/rounds/{roundId}/proposals', { params: { path: { roundId } }, body }));
}

/** Replaces the content; refused with 409 proposal.version_conflict when someone saved since `version`. */
export function saveProposal(id: string, body: ProposalBody, version: number) {
  return answer(intake.PUT('/proposals/{proposalId}', { params: { path: { proposalId: id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Submits or withdraws the version the person saw; with an Idempotency-Key, a repeat gets the first answer. */
export function proposalAction(id: string, action: 'submit' | 'withdraw', version: number, idempotencyKey?: string) {
  const params = { path: { proposalId: id }, header: { 'If-Match': `"${version}"`, ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}) } };
  return action === 'submit'
    ? answer(intake.POST('/proposals/{proposalId}/submit', { params, body: {} }))
    : answer(intake.POST('/proposals/{proposalId}/withdraw', { params, body: {} }));
}
