/**
 * The key under which two names are the same to a reader: «Sundhedspakken» and « sundhedspakken», «Hospitaler» and
 * «hospitaler ». Sources and chapters are matched by it.
 */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
}
