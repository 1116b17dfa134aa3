import type { ReactNode } from 'react';
import { useSessionUser } from '../session/SessionContext';
import { pageAllowed } from './page-table';

/** A page of the table, for its roles only: others are told, and see none of its buttons. */
export function RoleRoute({ path, element }: { path: string; element: ReactNode }) {
  const user = useSessionUser();
  if (pageAllowed(path, user.role)) return <>{element}</>;
  return (
    <>
      <h1>Siden er ikke for din rolle</h1>
      <p>Som {user.roleLabel} har du ikke adgang til denne side. Brug menuen ovenfor.</p>
    </>
  );
}
