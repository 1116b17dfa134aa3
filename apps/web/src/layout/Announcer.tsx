import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useLocation } from 'react-router';

interface Announcement {
  message: string;
  // The page it belongs to: another page does not show it.
  path: string;
}

interface AnnouncerState {
  announcement?: Announcement;
  announce(message: string): void;
}

const AnnouncerContext = createContext<AnnouncerState>({ announce: () => undefined });

/** What the last act did, said in one live region that is always on the page (a region added with its text is often not read). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState<Announcement>();
  const announce = useCallback((message: string) => setAnnouncement({ message, path: window.location.pathname }), []);
  const value = useMemo(() => ({ announcement, announce }), [announcement, announce]);
  return <AnnouncerContext.Provider value={value}>{children}</AnnouncerContext.Provider>;
}

/** The page's status line: the confirmation of the last act on this page, seen and read by screen readers. */
export function StatusMessage() {
  const { announcement } = useContext(AnnouncerContext);
  const { pathname } = useLocation();
  const message = announcement?.path === pathname ? announcement.message : '';
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="handling-status"
      className={message ? 'alert alert-success act-status' : 'act-status'}
    >
      {message ? <p className="alert-heading">{message}</p> : null}
    </div>
  );
}

export const useAnnounce = (): ((message: string) => void) => useContext(AnnouncerContext).announce;
