// Prisma's error codes for the two conflicts the services turn into 409s (no Prisma import: only the code is read).
const hasCode = (error: unknown, code: string) => typeof error === 'object' && error !== null && (error as { code?: string }).code === code;

/** True for a unique-constraint violation (two concurrent requests creating the same thing). */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error, 'P2002');

/** True when an update's row was not found (e.g. its expected version was no longer current). */
export const isRecordNotFound = (error: unknown): boolean => hasCode(error, 'P2025');
