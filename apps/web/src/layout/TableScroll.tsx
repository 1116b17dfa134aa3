import type { ReactNode } from 'react';

/**
 * A table's own scroll area (DKFDS's `table--responsive-scroll`): on a narrow screen the table scrolls here rather than
 * widening the page. It is focusable and named, so that a keyboard can scroll it and a screen reader says what it holds.
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={['table--responsive-scroll', className].filter(Boolean).join(' ')} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
