import { Lease } from './lease';
import { LeasedLoop } from './leased-loop';

/** One lease for several loops, as the database's lock is: the first to ask holds it until it lets go. */
class SharedLease {
  holder: string | undefined;
  for(name: string): Lease & { releases: number } {
    const lease = {
      releases: 0,
      hold: async () => {
        this.holder ??= name;
        return this.holder === name;
      },
      release: async () => {
        lease.releases += 1;
        if (this.holder === name) this.holder = undefined;
      },
    };
    return lease;
  }
}

// Resolves once `count` passes have run (the loops poll every millisecond here).
function passes(count: number): { done: Promise<void>; pass: () => Promise<void>; runs: () => number } {
  let runs = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    done,
    runs: () => runs,
    pass: async () => {
      runs += 1;
      if (runs >= count) finish();
    },
  };
}

describe('LeasedLoop', () => {
  it('runs its passes only while it holds the lease, and hands the lease over when stopped', async () => {
    const lease = new SharedLease();
    const a = passes(3);
    const b = passes(3);
    const first = new LeasedLoop(lease.for('a'), a.pass, { pollMs: 1 });
    const second = new LeasedLoop(lease.for('b'), b.pass, { pollMs: 1 });
    first.start();
    await a.done;
    second.start();
    // b polls while a holds the lease: it never works.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(b.runs()).toBe(0);

    await first.stop();
    const afterStop = a.runs();
    await b.done;
    expect(lease.holder).toBe('b');
    expect(a.runs()).toBe(afterStop);
    await second.stop();
    expect(lease.holder).toBeUndefined();
  });

  it('goes on after a failed pass or lease, and reports each failure', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const flaky: Lease = {
      hold: async () => {
        calls += 1;
        if (calls === 1) throw new Error('connection refused');
        return true;
      },
      release: async () => undefined,
    };
    const done = passes(2);
    let failed = false;
    const loop = new LeasedLoop(
      flaky,
      async () => {
        if (!failed) {
          failed = true;
          throw new Error('render failed');
        }
        await done.pass();
      },
      { pollMs: 1, onError: (error) => errors.push(error) },
    );
    loop.start();
    await done.done;
    await loop.stop();
    expect(errors.map((error) => (error as Error).message)).toEqual(['connection refused', 'render failed']);
  });

  it('starts the next pass at once when nudged, and says it is stopping to a pass under way', async () => {
    const seen: boolean[] = [];
    let firstPass: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (firstPass = resolve));
    let secondPass: () => void = () => undefined;
    const second = new Promise<void>((resolve) => (secondPass = resolve));
    const loop: LeasedLoop = new LeasedLoop(
      { hold: async () => true, release: async () => undefined },
      async () => {
        seen.push(loop.running);
        if (seen.length === 1) firstPass();
        else secondPass();
      },
      // Far longer than the test: only the nudge can start the second pass.
      { pollMs: 3_600_000 },
    );
    loop.start();
    await first;
    loop.nudge();
    await second;
    const stopping = loop.stop();
    expect(loop.running).toBe(false);
    await stopping;
    expect(seen).toEqual([true, true]);
  });

  it('aborts its signal when stopped, so that a pass ends work it waits for instead of finishing it', async () => {
    let started: () => void = () => undefined;
    const passStarted = new Promise<void>((resolve) => (started = resolve));
    const abandoned: string[] = [];
    const loop: LeasedLoop = new LeasedLoop(
      { hold: async () => true, release: async () => undefined },
      // Work that never ends on its own: only the signal ends it.
      () =>
        new Promise<void>((resolve) => {
          started();
          loop.signal.addEventListener('abort', () => (abandoned.push('render'), resolve()), { once: true });
        }),
      { pollMs: 3_600_000 },
    );
    loop.start();
    await passStarted;
    expect(loop.signal.aborted).toBe(false);
    await loop.stop();
    expect(abandoned).toEqual(['render']);
    // Started again, it has a signal of its own, and stopped before its pass begins, it runs none.
    loop.start();
    expect(loop.signal.aborted).toBe(false);
    await loop.stop();
    expect(abandoned).toEqual(['render']);
  });
});
