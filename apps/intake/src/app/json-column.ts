/** A domain value for a JSON column: Prisma takes any object, and the repositories parse it back when they read it. */
export function jsonColumn(value: object): object {
  return value;
}
