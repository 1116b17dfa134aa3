// Small statistics for latency samples: nearest-rank percentiles, rounded for printing.

/** The p-th percentile (0–100) of the samples by the nearest-rank method; undefined for no samples. */
export function percentile(samples, p) {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** p50, p95, p99 and max of the samples, in their unit, rounded to 0.1. */
export function latencySummary(samples) {
  const round = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.length ? Math.max(...samples) : undefined),
  };
}

/** How time grows with size between two measurements: 1 is linear, 2 quadratic; null when a time is not positive. */
export function growthExponent(smallSize, smallTime, largeSize, largeTime) {
  // A time of zero (e.g. nothing left after subtracting a start-up) has no growth to speak of.
  if (!(smallTime > 0 && largeTime > 0)) return null;
  return Math.round((Math.log(largeTime / smallTime) / Math.log(largeSize / smallSize)) * 100) / 100;
}
