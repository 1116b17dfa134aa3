/**
 * The pause between two passes of a background loop (PollLoop: the outbox relay, a LeasedLoop). A nudge (new work)
 * ends it early; a nudge that comes while the loop works is kept, so the next pause ends at once.
 */
export class PollPause {
  private nudged = false;
  private current: { end: () => void; nudgeable: boolean } | undefined;

  /** New work arrived. */
  nudge(): void {
    this.nudged = true;
    if (this.current?.nudgeable) this.current.end();
  }

  /** Ends the pause under way, nudgeable or not (the loop is stopping). */
  interrupt(): void {
    this.current?.end();
  }

  /** Waits `ms`, or less when nudged; a pause that is not `nudgeable` (a back-off after a failure) ends only on interrupt. */
  wait(ms: number, { nudgeable = true } = {}): Promise<void> {
    if (nudgeable && this.nudged) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(end, ms);
      this.current = { end, nudgeable };
      function end() {
        clearTimeout(timer);
        resolve();
      }
    }).finally(() => {
      this.current = undefined;
      if (nudgeable) this.nudged = false;
    });
  }
}
