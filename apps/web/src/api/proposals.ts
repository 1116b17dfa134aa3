import { useQuery } from '@tanstack/react-query';
import type { ProposalDraftInput } from '@budgetflow/domain';
import { http } from './http';
import type { HistoryEntryView, ProposalView } from './types';

// A committee's proposal through intake: read it and its history, create, save (version-guarded), submit, withdraw.

/** What the editor sends: the reference and committee are the service's to assign and keep. */
export type ProposalBody = Omit<ProposalDraftInput, 'reference' | 'committee'>;

export const proposalKey = (id: string | undefined) => ['proposal', id];

/** A proposal as it stands: asked again whenever a page shows it (the budget office may have acted meanwhile). */
export function useProposal(id: string | undefined) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => http.request<ProposalView>(`/api/intake/proposals/${id}`), enabled: Boolean(id), staleTime: 0 });
}

/**
 * The proposal an editor starts from: always fetched afresh when the editor opens (never a cached copy, whose version
 * would be refused), and not again under the open editor, which keeps its own copy.
 */
export function useProposalToEdit(id: string | undefined) {
  return useQuery({
    queryKey: ['proposal-to-edit', id],
    queryFn: () => http.request<ProposalView>(`/api/intake/proposals/${id}`),
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
    queryFn: () => http.request<HistoryEntryView[]>(`/api/intake/proposals/${id}/history`),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export function createProposal(roundId: string, body: ProposalBody): Promise<ProposalView> {
  return http.request<ProposalView>(`/api/intake/rounds/${roundId}/proposals`, { method: 'POST', body });
}

/** Replaces the content; refused with 409 proposal.version_conflict when someone saved since `version`. */
export function saveProposal(id: string, body: ProposalBody, version: number): Promise<ProposalView> {
  return http.request<ProposalView>(`/api/intake/proposals/${id}`, { method: 'PUT', body, headers: { 'if-match': `"${version}"` } });
}

export function proposalAction(id: string, action: 'submit' | 'withdraw', version: number): Promise<ProposalView> {
  return http.request<ProposalView>(`/api/intake/proposals/${id}/${action}`, { method: 'POST', body: {}, headers: { 'if-match': `"${version}"` } });
}
