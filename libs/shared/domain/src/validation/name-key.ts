/**
 * The key under which two names are the same to a reader: «Sundhedspakken» and « sundhedspakken», «Hospitaler» and
 * «hospitaler ». A table's row labels, a package's sources and an agreement's chapters are matched by it.
 */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
}
