import { parseLogoutView } from '@budgetflow/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error';
import { http } from '../api/http';
import { sessionQuery } from '../api/queries';
import type { SessionView } from '../api/views';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  /** The session ended under an open page: the page stays as it is, with its input, until the person signs in again. */
  | { status: 'expired'; last: SessionView }
  | { status: 'signed-in'; session: SessionView }
  | { status: 'error'; error: ApiError };

const SessionContext = createContext<SessionState>({ status: 'loading' });

/** How often an open page asks whether its session still lives (it does not extend it). */
const CHECK_INTERVAL_MS = 30_000;
const RECHECK_AFTER_END_MS = 3_000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [last, setLast] = useState<SessionView>();
  const query = useQuery({ ...sessionQuery, refetchInterval: CHECK_INTERVAL_MS, refetchOnWindowFocus: true, retry: false, staleTime: 0 });

  // An API call answered "session ended": check at once instead of waiting for the next interval.
  useEffect(() => http.onSessionEnded(() => void queryClient.invalidateQueries({ queryKey: ['session'] })), [queryClient]);

  // While the session is gone, the person may be signing in again in another tab: look often, and on return here.
  const ended = query.error instanceof ApiError && query.error.sessionEnded;
  const { refetch } = query;
  useEffect(() => {
    if (!ended) return undefined;
    const again = () => void refetch();
    const timer = window.setInterval(again, RECHECK_AFTER_END_MS);
    window.addEventListener('focus', again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', again);
    };
  }, [ended, refetch]);

  useEffect(() => {
    if (query.data) {
      const cameBack = last === undefined || last.user.id !== query.data.user.id || last.csrfToken !== query.data.csrfToken;
      setLast(query.data);
      http.setCsrfToken(query.data.csrfToken);
      // Signed in again (e.g. in another tab): what failed while the session was gone is fetched again.
      if (cameBack && last) void queryClient.invalidateQueries({ predicate: (candidate) => candidate.queryKey[0] !== 'session' });
    }
  }, [query.data, last, queryClient]);

  const state = useMemo<SessionState>(() => {
    // A failed check keeps the last data in the query: the error decides first.
    if (query.error instanceof ApiError) {
      const who = last ?? query.data;
      if (query.error.sessionEnded) return who ? { status: 'expired', last: who } : { status: 'signed-out' };
      // The check itself failed (network, server): a page already signed in carries on.
      if (!query.data) return { status: 'error', error: query.error };
    }
    if (query.data) return { status: 'signed-in', session: query.data };
    return { status: 'loading' };
  }, [query.data, query.error, last]);

  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export const useSession = (): SessionState => useContext(SessionContext);

/** The signed-in person (or, after the session ended, who it was), for pages inside the signed-in shell. */
export function useSessionUser(): SessionView['user'] {
  const state = useSession();
  if (state.status === 'signed-in') return state.session.user;
  if (state.status === 'expired') return state.last.user;
  throw new Error('useSessionUser outside a signed-in page');
}

/** Where sign-in starts, coming back to `returnTo` (a path of this application). */
export const signInHref = (returnTo = window.location.pathname + window.location.search) => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

export async function signOut(): Promise<void> {
  const { logoutUrl } = await http.gateway('/auth/logout', parseLogoutView, { method: 'POST' });
  window.location.assign(logoutUrl);
}
