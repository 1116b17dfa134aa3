/** A loading state that screen readers announce. */
export function Loading({ text = 'Henter …' }: { text?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true"></div>
      <span className="spinner-status">{text}</span>
    </div>
  );
}
