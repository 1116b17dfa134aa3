import { useQuery } from '@tanstack/react-query';
import { answer, workflow } from './clients';

// The negotiation packages of a round (budget office and RR's secretariat only; everyone else gets 404).

export function usePackages(roundId: string | undefined) {
  return useQuery({
    queryKey: ['packages', roundId],
    queryFn: () => answer(workflow.GET('/rounds/{roundId}/packages', { params: { path: { roundId: roundId ?? '' } } })),
    enabled: Boolean(roundId),
  });
}

export function usePackage(packageId: string) {
  return useQuery({
    queryKey: ['packages', 'one', packageId],
    queryFn: () => answer(workflow.GET('/packages/{packageId}', { params: { path: { packageId } } })),
  });
}

export function usePackageHistory(packageId: string) {
  return useQuery({
    queryKey: ['packages', 'history', packageId],
    queryFn: () => answer(workflow.GET('/packages/{packageId}/history', { params: { path: { packageId } } })),
  });
}

/** Two or three packages side by side, in the order given. */
export function usePackageComparison(roundId: string | undefined, packageIds: readonly string[]) {
  return useQuery({
    queryKey: ['packages', 'comparison', roundId, ...packageIds],
    queryFn: () =>
      answer(workflow.GET('/rounds/{roundId}/packages/comparison', { params: { path: { roundId: roundId ?? '' }, query: { ids: [...packageIds] } } })),
    enabled: Boolean(roundId) && packageIds.length >= 2,
  });
}
