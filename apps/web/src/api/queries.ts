import { useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from './http';
import type { ConformanceStatementView, ProposalPage, ReportListView, RoundView, SessionView } from './types';

// The data layer: one query per resource, typed by the services' views. Pages use these hooks, never fetch.

let pageLoaded = false;

/** The session: the first check of a page load counts as activity at the gateway, later ones (background) do not. */
export const sessionQuery = {
  queryKey: ['session'],
  queryFn: () => {
    const headers: Record<string, string> = pageLoaded ? { 'x-session-check': 'background' } : {};
    pageLoaded = true;
    return http.request<SessionView>('/auth/session', { headers });
  },
};

export function useRounds(enabled = true) {
  return useQuery({ queryKey: ['rounds'], queryFn: () => http.request<RoundView[]>('/api/intake/rounds'), enabled });
}

export function useProposals(roundId: string | undefined, committee?: string) {
  const query = new URLSearchParams({ roundId: roundId ?? '', pageSize: '100' });
  if (committee) query.set('committee', committee);
  return useQuery({
    queryKey: ['proposals', roundId, committee],
    queryFn: () => http.request<ProposalPage>(`/api/intake/proposals?${query}`),
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
      return http.request<ReportListView>(`/api/reporting/rounds/${roundId}/reports`, { headers: polled ? { 'x-session-check': 'background' } : {} });
    },
    enabled: Boolean(roundId),
    refetchInterval: pollMs,
  });
}

/** The bilag's PDF conformance statements: fixed per release of the reporting service, so asked once. */
export function useConformance() {
  return useQuery({
    queryKey: ['conformance'],
    queryFn: () => http.request<{ statements: ConformanceStatementView[] }>('/api/reporting/conformance'),
    staleTime: Infinity,
  });
}
