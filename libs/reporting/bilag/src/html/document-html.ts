// The web edition of a bilag: its document model (the one the PDF is laid out and tagged from) as HTML. Same
// headings, texts, lists and tables, so the page and the PDF cannot disagree on a figure; nothing is computed here.
import { BilagDocument, Block, BulletList, Contents, DescriptionList, Heading, Paragraph, ParagraphRole, Section } from '../document/bilag-document';
import { plainText } from '../document/rich-text';
import { amountTableHtml } from './amount-table-html';
import { escapeHtml } from './escape-html';
import { richTextHtml } from './rich-text-html';

/** What a page adds to the model: where each proposal has its own page (the drill-down), by reference. */
export interface HtmlOptions {
  readonly proposalHref?: (reference: string) => string | null;
}

const PARAGRAPH_CLASSES: Readonly<Record<ParagraphRole, string>> = {
  body: 'bf-body',
  firstBody: 'bf-body',
  subtitle: 'bf-subtitle',
  note: 'bf-note',
  tableNote: 'bf-note',
  notice: 'bf-notice',
  decision: 'bf-decision',
  kicker: 'bf-kicker',
  titlePageRegion: 'bf-title-region',
  titlePageLine: 'bf-title-line',
  titlePageDate: 'bf-title-line',
  generationNote: 'bf-generation-note',
};

const PROPOSAL_ANCHOR = /^forslag-(.+)$/;

function headingHtml(block: Heading, options: HtmlOptions): string {
  const id = block.anchor ? ` id="${escapeHtml(block.anchor)}"` : '';
  const tag = `h${block.level}`;
  const html = `<${tag}${id} class="bf-heading-${block.role}">${richTextHtml(block.text)}</${tag}>`;
  // A proposal's section in the catalogue leads to the proposal's own page.
  const reference = block.role === 'proposal' && block.anchor ? PROPOSAL_ANCHOR.exec(block.anchor)?.[1] : undefined;
  const href = reference ? options.proposalHref?.(reference) : null;
  return href ? `${html}<p class="bf-drilldown"><a href="${escapeHtml(href)}">${escapeHtml(reference as string)} på forslagets egen side</a></p>` : html;
}

function paragraphHtml(block: Paragraph): string {
  const text = richTextHtml(block.text);
  const strong = block.role === 'decision' || block.role === 'notice';
  return `<p class="${PARAGRAPH_CLASSES[block.role]}">${strong ? `<strong>${text}</strong>` : text}</p>`;
}

function listHtml(block: BulletList): string {
  return `<ul class="bf-list">${block.items.map((item) => `<li>${richTextHtml(item)}</li>`).join('')}</ul>`;
}

function descriptionsHtml(block: DescriptionList): string {
  const items = block.items.map((item) => `<div><dt>${richTextHtml(item.label)}</dt><dd>${richTextHtml(item.value)}</dd></div>`).join('');
  return `<dl class="bf-descriptions bf-${block.role}">${items}</dl>`;
}

function contentsHtml(block: Contents): string {
  const items: string[] = [];
  let nested: string[] | null = null;
  const flush = () => {
    if (nested && items.length > 0) items[items.length - 1] = `${(items[items.length - 1] as string).replace(/<\/li>$/, '')}<ol>${nested.join('')}</ol></li>`;
    nested = null;
  };
  for (const entry of block.entries) {
    const link = `<li><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a></li>`;
    if (entry.level === 1 || items.length === 0) {
      flush();
      items.push(link);
    } else (nested ??= []).push(link);
  }
  flush();
  return `<nav class="bf-contents" aria-labelledby="indhold"><h2 id="indhold">${escapeHtml(block.title)}</h2><ol>${items.join('')}</ol></nav>`;
}

function sectionHtml(block: Section, options: HtmlOptions): string {
  // The printed edition's page breaks become the print stylesheet's.
  const classes = [`bf-section-${block.role}`, ...(block.startsPage ? ['bf-starts-page'] : [])].join(' ');
  return `<div class="${classes}">${block.blocks.map((child) => blockHtml(child, options)).join('')}</div>`;
}

function blockHtml(block: Block, options: HtmlOptions): string {
  switch (block.kind) {
    case 'heading':
      return headingHtml(block, options);
    case 'paragraph':
      return paragraphHtml(block);
    case 'list':
      return listHtml(block);
    case 'descriptions':
      return descriptionsHtml(block);
    case 'table':
      return amountTableHtml(block);
    case 'contents':
      return contentsHtml(block);
    case 'section':
      return sectionHtml(block, options);
  }
}

/** A bilag's document model as an HTML fragment (its H1 is the document's title), for a page to put in its frame. */
export function documentHtml(document: BilagDocument, options: HtmlOptions = {}): string {
  return `<div class="bf-document bf-${document.orientation}">${document.blocks.map((block) => blockHtml(block, options)).join('')}</div>`;
}

/** Every text of a document in reading order, one string: what a search index takes from a bilag. */
export function documentText(document: BilagDocument): string {
  const texts: string[] = [];
  const visit = (block: Block): void => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        texts.push(plainText(block.text));
        return;
      case 'list':
        texts.push(...block.items.map(plainText));
        return;
      case 'descriptions':
        for (const item of block.items) texts.push(`${plainText(item.label)}: ${plainText(item.value)}`);
        return;
      case 'table':
        texts.push(plainText(block.caption), ...block.spec.rows.flatMap((row) => row.texts));
        return;
      case 'contents':
        return;
      case 'section':
        block.blocks.forEach(visit);
        return;
    }
  };
  document.blocks.forEach(visit);
  return texts.filter((text) => text.trim() !== '').join('\n');
}
