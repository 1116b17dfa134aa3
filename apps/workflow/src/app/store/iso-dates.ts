/** A calendar date (ÅÅÅÅ-MM-DD) as PostgreSQL DATE holds it, and back. */
export function toDbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
