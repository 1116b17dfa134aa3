/** Trimmed text of a user-typed field; anything that is not a string counts as empty. */
export function cleanText(value: unknown): string {
  // Services pass JSON bodies through; a number or null in a text field is treated as missing.
  return typeof value === 'string' ? value.trim() : '';
}

/** Wraps a value in Danish quotation marks for messages: «value». */
export function quote(value: unknown): string {
  return `«${String(value)}»`;
}

/** Joins Danish list items: "a", "a og b", "a, b og c" (or "eller"). */
export function joinDanish(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
