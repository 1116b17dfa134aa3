import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useRounds } from '../api/queries';
import type { RoundView } from '../api/views';
import { ApiError } from '../api/api-error';
import { currentRound } from './current-round';

/** Today in the browser's time zone, as an ISO date. */
const localIsoDate = (): string => new Date().toLocaleDateString('sv-SE');

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
  // Without a choice remembered in this browser, the current round (not whichever sorts first).
  const selected = rounds.find((round) => round.id === selectedId) ?? currentRound(rounds, localIsoDate());
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
