import { parseSessionView } from '@budgetflow/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, intake, reporting } from './clients';
import { http } from './http';

// The data layer: one query per resource, typed by the services' documents. Pages use these hooks, never fetch.

let pageLoaded = false;

/** The session: the first check of a page load counts as activity at the gateway, later ones (background) do not. */
export const sessionQuery = {
  queryKey: ['session'],
  queryFn: () => {
    const headers: Record<string, string> = pageLoaded ? { 'x-session-check': 'background' } : {};
    pageLoaded = true;
    return http.gateway('/auth/session', parseSessionView, { headers });
  },
};

export function useRounds(enabled = true) {
  return useQuery({ queryKey: ['rounds'], queryFn: () => answer(intake.GET('/rounds')), enabled });
}

export function useProposals(roundId: string | undefined, committee?: string) {
  return useQuery({
    queryKey: ['proposals', roundId, committee],
    queryFn: () => answer(intake.GET('/proposals', { params: { query: { roundId: roundId ?? '', pageSize: 100, ...(committee ? { committee } : {}) } } })),
    enabled: Boolean(roundId),
  });
}

/** The round's bilag; with pollMs, asked again that often, the repeats as background checks (no activity at the gateway). */
export function useReports(roundId: string | undefined, pollMs?: number) {
  const queryClient = useQueryClient();
  const queryKey = ['reports', roundId];
  return useQuery({
    queryKey,
    queryFn: () => {
      const polled = pollMs !== undefined && queryClient.getQueryData(queryKey) !== undefined;
      return answer(
        reporting.GET('/rounds/{roundId}/reports', {
          params: { path: { roundId: roundId ?? '' } },
          headers: polled ? { 'x-session-check': 'background' } : {},
        }),
      );
    },
    enabled: Boolean(roundId),
    refetchInterval: pollMs,
  });
}

/** The bilag's PDF conformance statements: fixed per release of the reporting service, so asked once. */
export function useConformance() {
  return useQuery({
    queryKey: ['conformance'],
    queryFn: () => answer(reporting.GET('/conformance')),
    staleTime: Infinity,
  });
}
