// Prisma's error codes for the two conflicts the services turn into 409s (no Prisma import: only the code is read).
const hasCode = (error: unknown, code: string) => typeof error === 'object' && error !== null && (error as { code?: string }).code === code;

// A raw query's failure (P2010) carries the driver adapter's error with PostgreSQL's own code; 23505 is unique_violation.
const postgresCode = (error: unknown) =>
  hasCode(error, 'P2010')
    ? (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta?.driverAdapterError?.cause?.originalCode
    : undefined;

/** True for a unique-constraint violation (two concurrent requests creating the same thing), by Prisma's API or in raw SQL. */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error, 'P2002') || postgresCode(error) === '23505';

/** True when an update's row was not found (e.g. its expected version was no longer current). */
export const isRecordNotFound = (error: unknown): boolean => hasCode(error, 'P2025');
