import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useRounds } from '../api/queries';
import type { RoundView } from '../api/views';
import { ApiError } from '../api/api-error';

interface SelectedRoundState {
  rounds: RoundView[];
  selected?: RoundView;
  select(id: string): void;
  loading: boolean;
  error?: ApiError;
}

const SelectedRoundContext = createContext<SelectedRoundState>({ rounds: [], select: () => undefined, loading: true });
const STORAGE_KEY = 'budgetflow.valgt-runde';

/** The round the person works in, chosen in the header; remembered in this browser. The newest budget year first, then by name, the oldest first. */
export function SelectedRoundProvider({ children }: { children: ReactNode }) {
  const query = useRounds();
  const [selectedId, setSelectedId] = useState<string | null>(() => window.localStorage.getItem(STORAGE_KEY));
  const rounds = useMemo(
    () =>
      [...(query.data ?? [])].sort(
        (a, b) => b.round.budgetYear - a.round.budgetYear || a.round.name.localeCompare(b.round.name, 'da') || a.createdAt.localeCompare(b.createdAt),
      ),
    [query.data],
  );
  const selected = rounds.find((round) => round.id === selectedId) ?? rounds[0];
  useEffect(() => {
    if (selectedId) window.localStorage.setItem(STORAGE_KEY, selectedId);
  }, [selectedId]);
  const value = useMemo<SelectedRoundState>(
    () => ({ rounds, selected, select: setSelectedId, loading: query.isPending, error: query.error instanceof ApiError ? query.error : undefined }),
    [rounds, selected, query.isPending, query.error],
  );
  return <SelectedRoundContext.Provider value={value}>{children}</SelectedRoundContext.Provider>;
}

export const useSelectedRound = (): SelectedRoundState => useContext(SelectedRoundContext);
