/**
 * What this instance of a service has done since it started: the events its consumer handled and the requests it
 * answered. /health shows them, so a test of several instances behind a load balancer sees each one at work.
 */
export class InstanceActivity {
  private events = 0;
  private requests = 0;

  /** Messages handed to the event consumer and handled (applied, or found duplicate, stale, ignored or dead-lettered). */
  get consumedEvents(): number {
    return this.events;
  }

  /** HTTP requests answered. */
  get servedRequests(): number {
    return this.requests;
  }

  consumed(count: number): void {
    this.events += count;
  }

  served(): void {
    this.requests += 1;
  }
}
