/** A domain value for a Prisma JSON column: Prisma takes any object; the services' repositories parse it back when they read it. */
export function jsonColumn(value: object): object {
  return value;
}
