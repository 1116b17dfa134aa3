import { ReactNode, useEffect, useId, useRef } from 'react';
import type { ApiError } from '../api/api-error';
import { ProblemAlert } from '../layout/ProblemAlert';

/**
 * A modal question before an act that cannot be undone by the person: the browser's own dialog (focus is kept
 * inside, Escape cancels), what will happen in its body, then the act and «Fortryd».
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Fortryd',
  onConfirm,
  onCancel,
  busy = false,
  error,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  error?: ApiError;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId} className="h3">
        {title}
      </h2>
      {open ? children : null}
      {error ? <ProblemAlert error={error} /> : null}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Vent …' : confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
