import type { ConsequenceTable } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from './http';
import type { ProposalView } from './types';
import type { MeetingView, RoundDecisionsView, WorkflowProposalView } from './workflow-types';

// The administration's data: the workflow's proposals, meetings and decisions, and the acts on them.

/** Intake's proposal with what the budget office reads besides the content: the decided table and the remark. */
export interface RoundProposalView extends ProposalView {
  decidedTable: ConsequenceTable | null;
  remark: string | null;
}

/** Every page of a proposal list (the services give at most 100 a page). */
async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await http.request<{ items: T[]; total: number }>(`${path}&page=${page}&pageSize=100`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/** The round's proposals as intake has them (with drafts for the budget office): content, state, decided table. */
export function useRoundProposals(roundId: string | undefined) {
  return useQuery({
    queryKey: ['proposals', roundId, 'all'],
    queryFn: () => allPages<RoundProposalView>(`/api/intake/proposals?roundId=${roundId}`),
    enabled: Boolean(roundId),
  });
}

/** The round's proposals as the workflow has them: state, versions, original and decided table, allowed actions. */
export function useWorkflowProposals(roundId: string | undefined) {
  return useQuery({
    queryKey: ['workflow-proposals', roundId],
    queryFn: () => allPages<WorkflowProposalView>(`/api/workflow/proposals?roundId=${roundId}`),
    enabled: Boolean(roundId),
  });
}

export function useMeetings(roundId: string | undefined, body?: 'FU' | 'RR') {
  const query = new URLSearchParams({ roundId: roundId ?? '' });
  if (body) query.set('body', body);
  return useQuery({
    queryKey: ['meetings', roundId, body],
    queryFn: () => http.request<MeetingView[]>(`/api/workflow/meetings?${query}`),
    enabled: Boolean(roundId),
  });
}

export function useRoundDecisions(roundId: string | undefined) {
  return useQuery({
    queryKey: ['decisions', roundId],
    queryFn: () => http.request<RoundDecisionsView>(`/api/workflow/rounds/${roundId}/decisions`),
    enabled: Boolean(roundId),
  });
}

/** A POST to the workflow; afterwards everything a decision can change is fetched again. */
export function useWorkflowAction<Input, Result = unknown>(path: (input: Input) => string, body: (input: Input) => unknown) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => http.request<Result>(`/api/workflow${path(input)}`, { method: 'POST', body: body(input) }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => ['workflow-proposals', 'meetings', 'decisions', 'proposals', 'reports'].includes(String(query.queryKey[0])),
      }),
  });
}
