/** The message under a cell with a problem; the cell points to it with problemAttributes. */
export function CellProblem({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="form-error-message cell-error-message" id={`${id}-fejl`}>
      <span className="sr-only">Fejl: </span>
      {message}
    </span>
  );
}

/** A cell's link to its CellProblem, for screen readers. */
export function problemAttributes(id: string, problem: string | undefined) {
  return problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-fejl` } : {};
}
