import { AuthenticatedUser } from '@budgetflow/platform';

/** What the gateway keeps for a signed-in person. The tokens never leave the server. */
export interface SessionData {
  user: AuthenticatedUser;
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
  /** The synchronizer token every state-changing request must send in X-CSRF-Token. */
  csrfToken: string;
}

export interface Session {
  /** The cookie value (only its hash is stored). */
  id: string;
  data: SessionData;
  createdAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** A sign-in under way: the PKCE verifier, state and nonce, and where to go afterwards. */
export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

export interface SessionLifetimes {
  idleMs: number;
  absoluteMs: number;
}
