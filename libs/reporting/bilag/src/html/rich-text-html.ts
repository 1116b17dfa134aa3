import { RichText } from '../document/bilag-document';
import { escapeHtml } from './escape-html';

/** Text runs as HTML: an abbreviation as <abbr> with its expansion, so a screen reader can say it. */
export function richTextHtml(text: RichText): string {
  return text.map((run) => (typeof run === 'string' ? escapeHtml(run) : `<abbr title="${escapeHtml(run.expansion)}">${escapeHtml(run.text)}</abbr>`)).join('');
}
