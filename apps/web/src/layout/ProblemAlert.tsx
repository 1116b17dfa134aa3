import type { ApiError } from '../api/api-error';

/** A refused or failed request as a Danish message that says what to do. */
export function ProblemAlert({ error, heading }: { error: ApiError; heading?: string }) {
  // An ended session is told once, by the shell's notice; the page keeps what it showed.
  if (error.sessionEnded) return null;
  const advice =
    error.status === 0 || error.status >= 500
      ? 'Prøv igen om lidt. Fortsætter fejlen, så kontakt Budgetflows driftsansvarlige.'
      : error.status === 403
        ? 'Din rolle giver ikke adgang til dette.'
        : error.status === 404
          ? 'Tjek, at du har valgt den rigtige budgetrunde.'
          : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{heading ?? error.problem.title}</p>
        <p className="alert-text">
          {error.problem.detail} {advice}
        </p>
      </div>
    </div>
  );
}
