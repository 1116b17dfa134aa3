/**
 * The right to do a piece of once-only work (a background loop) while several instances of a service run: at most
 * one instance holds it, and it passes to another when its holder dies.
 */
export interface Lease {
  /** Takes the lease, or confirms it is still held; false while another instance holds it. */
  hold(): Promise<boolean>;
  /** Gives the lease up (on shutdown), so another instance takes it at its next attempt. */
  release(): Promise<void>;
}
