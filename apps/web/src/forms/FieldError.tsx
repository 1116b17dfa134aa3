import type { ReactNode } from 'react';

/** A form field in DKFDS's pattern, with its Danish error message next to it when there is one. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

/** aria attributes of an input that may have a hint and an error. */
export function describedBy(id: string, hint: boolean, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

/** DKFDS's error summary: every problem of the form, each linking to its field. */
export function ErrorSummary({ problems }: { problems: { fieldId?: string; message: string }[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="fejlopsummering" tabIndex={-1}>
      <div className="alert-body">
        <p className="alert-heading" id="fejlopsummering">
          Der er {problems.length === 1 ? 'en fejl' : `${problems.length} fejl`} i formularen
        </p>
        <ul className="alert-text nobullet-list">
          {problems.map((problem) => (
            <li key={`${problem.fieldId}-${problem.message}`}>{problem.fieldId ? <a href={`#${problem.fieldId}`}>{problem.message}</a> : problem.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
