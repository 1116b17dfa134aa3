/**
 * Retries an assertion until it passes or the timeout ends, then fails with the assertion's own error.
 * Asynchronous flows (Kafka, relays) are asserted with this, never with sleeps.
 */
export async function expectEventually<T>(assertion: () => T | Promise<T>, { timeoutMs = 20_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
