/** Named checks the health endpoint runs, e.g. { database: ..., kafka: ... }; each rejects when its dependency is down. */
export type HealthProbes = Record<string, () => Promise<unknown>>;

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

/** The instance's name in /health (INSTANCE_ID). */
export const HEALTH_INSTANCE = Symbol('HEALTH_INSTANCE');
