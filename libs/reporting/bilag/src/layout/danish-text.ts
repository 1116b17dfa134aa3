/** Joins Danish list items: "a", "a og b", "a, b og c". */
export function joinDanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** The text with its first letter in upper case (Danish sentence start). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
