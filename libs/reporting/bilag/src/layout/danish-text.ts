/** The text with its first letter in upper case (Danish sentence start). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
