/** Named checks the health endpoint runs, e.g. { database: ..., kafka: ... }; each rejects when its dependency is down. */
export type HealthProbes = Record<string, () => Promise<unknown>>;

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');
