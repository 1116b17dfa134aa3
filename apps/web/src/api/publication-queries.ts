import { useQuery, useQueryClient } from '@tanstack/react-query';
import { publicationRows, somePending } from '../publications/publication-rows';
import { answer, reporting, workflow } from './clients';
import type { PublicationBody, PublicationView } from './views';
import { useAction } from './workflow-queries';

// The round's publications on the public site: the workflow's record of the acts and reporting's state of the pages.

/** How often the list is asked again while a publication's pages are being built (a few seconds each). */
const PENDING_POLL_MS = 2_000;

/**
 * The round's publications, newest first, each with the state of its public pages; asked again while one is being
 * built, the repeats as background checks (no activity at the gateway), until every one is ready or failed.
 */
export function usePublications(roundId: string | undefined) {
  const queryClient = useQueryClient();
  const queryKey = ['publications', roundId];
  return useQuery({
    queryKey,
    queryFn: async () => {
      const headers = queryClient.getQueryData(queryKey) !== undefined ? { 'x-session-check': 'background' } : {};
      const params = { path: { roundId: roundId ?? '' } };
      const [published, statuses] = await Promise.all([
        answer(workflow.GET('/rounds/{roundId}/publications', { params, headers })),
        answer(reporting.GET('/rounds/{roundId}/publications', { params, headers })),
      ]);
      return publicationRows(published, statuses);
    },
    enabled: Boolean(roundId),
    refetchInterval: (query) => (query.state.data && somePending(query.state.data) ? PENDING_POLL_MS : false),
  });
}

/** The budget office publishes the round's material (one Idempotency-Key per confirmed act); then the list is asked again. */
export function usePublish(roundId: string, confirmation: (publication: PublicationView) => string) {
  return useAction(
    ({ body, idempotencyKey }: { body: PublicationBody; idempotencyKey: string }) =>
      answer(workflow.POST('/rounds/{roundId}/publications', { params: { path: { roundId }, header: { 'Idempotency-Key': idempotencyKey } }, body })),
    confirmation,
    ['publications'],
  );
}
