import { NextPoll, PollLoop } from './poll-loop';

// Far longer than any test: a pass that follows such a pause came from a nudge (or the test times out on stop()).
const HOUR = 3_600_000;

/** A loop whose passes answer in turn from `answers` (the last one again after that), recording what happened. */
function recorded(answers: ((loop: PollLoop) => NextPoll | undefined | Promise<NextPoll | undefined>)[]) {
  const events: string[] = [];
  let passes = 0;
  let passed: () => void = () => undefined;
  const loop: PollLoop = new PollLoop(
    async () => {
      events.push('pass');
      passes += 1;
      passed();
      return answers[Math.min(passes, answers.length) - 1](loop);
    },
    async () => {
      events.push('finish');
    },
  );
  /** Resolves once the count-th pass has begun. */
  const pass = async (count: number) => {
    while (passes < count) await new Promise<void>((resolve) => (passed = resolve));
  };
  return { loop, events, pass, passes: () => passes };
}

// Lets every pending promise and timer-free callback run (a nudge that ended a pause would start the next pass).
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PollLoop', () => {
  it('starts the next pass at once when a pass asks for no pause; stop() ends a pause at once and finishes', async () => {
    const { loop, events, pass } = recorded([() => undefined, () => ({ ms: HOUR })]);
    loop.start();
    await pass(2);
    await settle();
    await loop.stop();
    expect(events).toEqual(['pass', 'pass', 'finish']);
  });

  it('ends a nudgeable pause on a nudge, also one that came during the pass, but not a back-off', async () => {
    const { loop, pass, passes } = recorded([
      () => ({ ms: HOUR }),
      (self) => {
        self.nudge();
        return { ms: HOUR };
      },
      () => ({ ms: HOUR, nudgeable: false }),
    ]);
    loop.start();
    await pass(1);
    loop.nudge();
    // The second pass nudges the loop itself: the third follows at once.
    await pass(3);
    loop.nudge();
    await settle();
    expect(passes()).toBe(3);
    await loop.stop();
    expect(passes()).toBe(3);
  });

  it('says it is stopping to a pass under way, and after that pass neither pauses nor passes again', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: { running: boolean; stopping: boolean }[] = [];
    const { loop, events, pass } = recorded([
      async (self) => {
        await gate;
        seen.push({ running: self.running, stopping: self.stopping });
        return { ms: HOUR };
      },
    ]);
    expect(loop.stopping).toBe(false);
    loop.start();
    await pass(1);
    expect([loop.running, loop.stopping]).toEqual([true, false]);
    const stopped = loop.stop();
    release();
    await stopped;
    expect(seen).toEqual([{ running: false, stopping: true }]);
    expect(events).toEqual(['pass', 'finish']);
  });

  it('with lingerMs, starts the next pass that long after a nudge: nudges close together make one pass', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    try {
      const { loop, pass, passes } = recorded([() => ({ ms: HOUR, lingerMs: 10 })]);
      loop.start();
      await pass(1);
      await settle();
      loop.nudge();
      jest.advanceTimersByTime(5);
      // A second nudge does not put the pass off further.
      loop.nudge();
      jest.advanceTimersByTime(4);
      await settle();
      expect(passes()).toBe(1);
      jest.advanceTimersByTime(1);
      await pass(2);
      await settle();
      expect(passes()).toBe(2);
      await loop.stop();
    } finally {
      jest.useRealTimers();
    }
  });
});
