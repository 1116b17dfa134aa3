// Load at a constant request rate, as the issues' targets mean it ("p99 at 100 requests/s"): request i is due at
// start + i / rate, whatever became of the ones before it (an open model, as independent users arrive). At most
// `connections` requests are in flight; a due request that finds them all busy waits for one, and its latency counts
// from when it was due, so a slow server cannot hide behind a load that slows down with it (coordinated omission).
// autocannon's overallRate was used before: it lets each connection send its share of a second back to back at the
// start of the second, so "100 requests/s" arrived as one burst of 100 each second and the p99 measured the burst.
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

const TIMEOUT_MS = 30_000;

/**
 * Runs `nextRequest` at `rate` per second for `seconds`. `nextRequest()` gives { method, path, headers, body } (or
 * undefined to skip that slot); `onAnswer(request, status, body)` is told each answer. Resolves with each answered
 * request's latency (ms, from when it was due), the status codes, the requests not answered 2xx or 304, socket errors
 * (timeouts included) and timeouts, and the seconds from the first request until the last answer (the achieved rate's
 * denominator).
 */
export async function pacedLoad({ url, rate, seconds, connections, nextRequest, onAnswer = () => undefined }) {
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statusCodes = {};
  let errors = 0;
  let timeouts = 0;
  const inFlight = new Set();
  const total = Math.round(rate * seconds);
  const started = performance.now();

  const send = (due) => {
    const spec = nextRequest();
    if (!spec) return;
    const body = spec.body === undefined ? undefined : Buffer.from(spec.body);
    const answered = new Promise((resolve) => {
      const outgoing = httpRequest(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method: spec.method,
          path: spec.path,
          headers: { ...spec.headers, ...(body ? { 'content-length': body.length } : {}) },
          timeout: TIMEOUT_MS,
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(performance.now() - due);
            statusCodes[response.statusCode] = (statusCodes[response.statusCode] ?? 0) + 1;
            onAnswer(spec, response.statusCode, Buffer.concat(chunks).toString('utf8'));
            resolve();
          });
          response.on('error', () => {
            errors += 1;
            resolve();
          });
        },
      );
      // The destroyed request's error event counts it as an error too.
      outgoing.on('timeout', () => {
        timeouts += 1;
        outgoing.destroy(new Error('timeout'));
      });
      outgoing.on('error', () => {
        errors += 1;
        resolve();
      });
      outgoing.end(body);
    });
    inFlight.add(answered);
    void answered.then(() => inFlight.delete(answered));
  };

  for (let sent = 0; sent < total;) {
    const now = performance.now();
    // Every request due by now leaves now, each with the time it was due.
    while (sent < total && started + (sent * 1000) / rate <= now) {
      send(started + (sent * 1000) / rate);
      sent += 1;
    }
    if (sent < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (sent * 1000) / rate - performance.now())));
  }
  await Promise.all(inFlight);
  // Until the last answer: under more load than the server takes, the answers arrive long after the last request left.
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const non2xx = Object.entries(statusCodes).reduce((sum, [status, count]) => sum + (status.startsWith('2') || status === '304' ? 0 : count), 0);
  return { latencies, statusCodes, non2xx, errors, timeouts, duration: elapsed };
}
