import { signInHref } from './SessionContext';

/**
 * Shown when the session ends under an open page. Nothing on the page is thrown away: the person signs in again in a
 * new tab (this one stays as it is), and the page carries on once the session is back.
 */
export function SessionExpiredNotice() {
  return (
    <div className="alert alert-warning session-expired" role="alert" aria-labelledby="session-udloebet">
      <div className="alert-body">
        <p className="alert-heading" id="session-udloebet">
          Din session er udløbet
        </p>
        <p className="alert-text">
          Du er blevet logget ud, fordi du ikke har været aktiv et stykke tid, eller fordi din session er nået sin længste varighed. Det, du har skrevet på
          denne side, er ikke gået tabt. Log ind igen i en ny fane, og vend derefter tilbage hertil for at fortsætte.
        </p>
        <p className="alert-text">
          <a className="session-expired-link" href={signInHref('/logget-ind-igen')} target="_blank" rel="noopener">
            Log ind igen i en ny fane
          </a>
        </p>
      </div>
    </div>
  );
}
