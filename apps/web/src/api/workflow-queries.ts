import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAnnounce } from '../layout/Announcer';
import { answer, intake, workflow } from './clients';

// The administration's data: the workflow's proposals, meetings and decisions, and the acts on them.

/** Every page of a proposal list (the services give at most 100 a page). */
async function allPages<T>(page: (number: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let number = 1; ; number += 1) {
    const answered = await page(number);
    items.push(...answered.items);
    if (answered.items.length === 0 || items.length >= answered.total) return items;
  }
}

/** The round's proposals as intake has them (with drafts for the budget office): content, state, decided table. */
export function useRoundProposals(roundId: string | undefined) {
  return useQuery({
    queryKey: ['proposals', roundId, 'all'],
    queryFn: () => allPages((page) => answer(intake.GET('/proposals', { params: { query: { roundId: roundId ?? '', page, pageSize: 100 } } }))),
    enabled: Boolean(roundId),
  });
}

/** The round's proposals as the workflow has them: state, versions, original and decided table, allowed actions. */
export function useWorkflowProposals(roundId: string | undefined) {
  return useQuery({
    queryKey: ['workflow-proposals', roundId],
    queryFn: () => allPages((page) => answer(workflow.GET('/proposals', { params: { query: { roundId: roundId ?? '', page, pageSize: 100 } } }))),
    enabled: Boolean(roundId),
  });
}

export function useMeetings(roundId: string | undefined, body?: 'FU' | 'RR') {
  return useQuery({
    queryKey: ['meetings', roundId, body],
    queryFn: () => answer(workflow.GET('/meetings', { params: { query: { roundId: roundId ?? '', ...(body ? { body } : {}) } } })),
    enabled: Boolean(roundId),
  });
}

export function useRoundDecisions(roundId: string | undefined) {
  return useQuery({
    queryKey: ['decisions', roundId],
    queryFn: () => answer(workflow.GET('/rounds/{roundId}/decisions', { params: { path: { roundId: roundId ?? '' } } })),
    enabled: Boolean(roundId),
  });
}

/** An act on the workflow (a typed call of `workflow`); afterwards everything a decision can change is fetched again. */
export function useWorkflowAction<Input, Result>(act: (input: Input) => Promise<Result>, confirmation?: (result: Result, input: Input) => string) {
  return useAction(act, confirmation, ['workflow-proposals', 'meetings', 'decisions', 'proposals', 'reports', 'packages']);
}

/** An act (a typed call of a service), its confirmation announced, and afterwards the queries it may change fetched again. */
export function useAction<Input, Result>(
  act: (input: Input) => Promise<Result>,
  confirmation: ((result: Result, input: Input) => string) | undefined,
  changes: readonly string[],
) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  return useMutation({
    mutationFn: act,
    onSuccess: (result, input) => {
      // Said before the lists change, so a row that leaves the page has already been confirmed.
      if (confirmation) announce(confirmation(result, input));
      return queryClient.invalidateQueries({ predicate: (query) => changes.includes(String(query.queryKey[0])) });
    },
  });
}
