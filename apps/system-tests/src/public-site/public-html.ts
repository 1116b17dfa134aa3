// Reading the public site's own HTML in tests: its links, and its tables' rows as (label, amounts).
import { parseAmountOrThrow } from '@budgetflow/domain';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of an HTML fragment: tags removed, entities read. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] as string)
    .trim();
}

/** Every address a page links to or loads (href of a, link), as written. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<(?:a|link)\b[^>]*\bhref="([^"]+)"/g)].map((match) => textOf(match[1] as string));
}

/** A table row with amounts: its label and each amount in thousand kroner (null for an empty cell). */
export type AmountRow = string;

/** The rows with at least one amount of every table on a page, as "label | a | b | …" (exact thousands). */
export function htmlAmountRows(html: string): AmountRow[] {
  const rows: AmountRow[] = [];
  for (const [table] of html.matchAll(/<table[\s\S]*?<\/table>/g)) {
    for (const [, row] of table.matchAll(/<tr class="bf-[a-z]+">([\s\S]*?)<\/tr>/g)) {
      const label = textOf(/<th[^>]*>([\s\S]*?)<\/th>/.exec(row as string)?.[1] ?? '');
      const amounts = [...(row as string).matchAll(/<td class="bf-amount">([\s\S]*?)<\/td>/g)].map((cell) => {
        const text = textOf(cell[1] as string);
        return text === '' || text === '-' ? null : parseAmountOrThrow(text);
      });
      if (amounts.some((amount) => amount !== null)) rows.push([label, ...amounts.map((amount) => (amount === null ? '' : String(amount)))].join(' | '));
    }
  }
  return rows;
}
