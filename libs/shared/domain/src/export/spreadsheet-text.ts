/**
 * What a spreadsheet reads as the start of a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a text's first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text for a text column of an export, kept text: one beginning like a formula gets a leading apostrophe, which
 * Excel and LibreOffice take as "this is text" (OWASP's advice), so a title «=HYPERLINK(…)» stays a title. Only for
 * text columns: amounts are written as numbers, negative ones included, and never pass through here.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field of a CSV file with this separator: neutralised as above, and quoted when it holds a separator, quote or line break. */
export function csvTextField(text: string, separator = ';'): string {
  const safe = spreadsheetText(text);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
