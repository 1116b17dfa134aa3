import { Abbreviation, RichText, TextRun } from './bilag-document';

/** Abbreviations a screen reader reads wrongly, marked wherever they occur in a bilag's text. */
export const ABBREVIATIONS: readonly Abbreviation[] = [{ text: 'mio. kr.', expansion: 'millioner kroner' }];

/** A text as runs, with every known abbreviation marked with its expansion. */
export function richText(text: string): RichText {
  const runs: TextRun[] = [];
  let rest = text;
  for (;;) {
    const found = ABBREVIATIONS.map((abbreviation) => ({ abbreviation, at: rest.indexOf(abbreviation.text) }))
      .filter(({ at }) => at !== -1)
      .sort((a, b) => a.at - b.at)[0];
    if (!found) break;
    if (found.at > 0) runs.push(rest.slice(0, found.at));
    runs.push(found.abbreviation);
    rest = rest.slice(found.at + found.abbreviation.text.length);
  }
  if (rest !== '' || runs.length === 0) runs.push(rest);
  return runs;
}

/** The text as printed: the runs joined. */
export function plainText(text: RichText): string {
  return text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}
