/**
 * The pause between two passes of a background loop (PollLoop: the outbox relay, a LeasedLoop). A nudge (new work)
 * ends it early; a nudge that comes while the loop works is kept, so the next pause ends at once.
 */
export class PollPause {
  private nudged = false;
  private current: { end: () => void; nudgeable: boolean; onNudge: () => void } | undefined;

  /** New work arrived. */
  nudge(): void {
    this.nudged = true;
    if (this.current?.nudgeable) this.current.onNudge();
  }

  /** Ends the pause under way, nudgeable or not (the loop is stopping). */
  interrupt(): void {
    this.current?.end();
  }

  /**
   * Waits `ms`, or less when nudged; a pause that is not `nudgeable` (a back-off after a failure) ends only on
   * interrupt. With `lingerMs`, a nudge (also one that came before the pause) ends it that much later, so that the
   * work of nudges close together is done in one pass.
   */
  wait(ms: number, { nudgeable = true, lingerMs = 0 } = {}): Promise<void> {
    if (nudgeable && this.nudged && lingerMs === 0) {
      this.nudged = false;
      return Promise.resolve();
    }
    const nudgedBefore = nudgeable && this.nudged;
    return new Promise<void>((resolve) => {
      let timer = setTimeout(end, nudgedBefore ? lingerMs : ms);
      let lingering = nudgedBefore;
      const onNudge = () => {
        if (lingerMs === 0) return end();
        if (lingering) return;
        lingering = true;
        clearTimeout(timer);
        timer = setTimeout(end, lingerMs);
      };
      this.current = { end, nudgeable, onNudge };
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
