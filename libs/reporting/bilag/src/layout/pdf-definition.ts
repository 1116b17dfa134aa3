// The printed edition of a bilag's document model: a pdfmake document definition laid out as the bilag always were,
// and beside it the logical structure (tagging/structure-element.ts). Every node that draws text carries its structure
// element as `_tag`; the tagged renderer (tagging/tagged-rendering.ts) marks what pdfmake draws with it.
import type { Content, ContentText, Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  BilagDocument,
  Block,
  BulletList,
  Contents,
  DescriptionList,
  Heading,
  Paragraph,
  ParagraphRole,
  RichText,
  Section,
  Table,
} from '../document/bilag-document';
import { plainText } from '../document/rich-text';
import { StructureElement, StructureType, structureElement } from '../tagging/structure-element';
import { tagAmountTable } from '../tagging/table-structure';
import { amountTable } from './amount-table';
import { HEADING, TABLE_START, keepGenerationNoteWithContent } from './kept-with-note';
import { PAGE_MARGINS } from './page-margins';
import { runningFooter, runningHeader } from './running-footer';
import { COLORS, DEFAULT_STYLE, STYLES } from './styles';

/** A document definition for pdfmake and the structure its content is tagged with. */
export interface PdfDefinition {
  readonly definition: TDocumentDefinitions;
  readonly structure: StructureElement;
}

type Margin = [number, number, number, number];
// pdfmake passes a node's unknown properties through to its words; `_tag` is read by the tagged renderer.
type Tagged<T> = T & { _tag?: StructureElement };
type TextItem = string | Tagged<{ text: string; style?: string }>;

const HEADING_STYLES: Readonly<Record<Heading['role'], Style & { style: string }>> = {
  titlePage: { style: 'titlePageTitle', margin: [0, 0, 0, 18] },
  document: { style: 'documentTitle' },
  contents: { style: 'tocTitle' },
  part: { style: 'heading1' },
  proposal: { style: 'heading1' },
  committee: { style: 'committeeLabel' },
  group: { style: 'heading2' },
  section: { style: 'sectionHeading' },
  chapter: { style: 'heading1', margin: [0, 18, 0, 4] },
  initiative: { style: 'heading2' },
};

const PARAGRAPH_STYLES: Readonly<Record<ParagraphRole, Style & { style: string }>> = {
  body: { style: 'paragraph' },
  firstBody: { style: 'firstParagraph' },
  subtitle: { style: 'documentSubtitle' },
  note: { style: 'note' },
  tableNote: { style: 'note', margin: [0, 6, 0, 0] },
  notice: { style: 'paragraph', bold: true, color: COLORS.heading },
  decision: { style: 'paragraph', bold: true },
  kicker: { style: 'committeeLabel' },
  titlePageRegion: { style: 'titlePageRegion', margin: [0, 170, 0, 12] },
  titlePageLine: { style: 'titlePageLine' },
  titlePageDate: { style: 'titlePageLine', margin: [0, 18, 0, 0] },
  generationNote: { style: 'generationNote', margin: [0, 24, 0, 0] },
};

const HEADING_TYPES: Readonly<Record<Heading['level'], StructureType>> = { 1: 'H1', 2: 'H2', 3: 'H3', 4: 'H4' };

/** Text as runs: plain runs tagged with the element, each abbreviation a Span of its own with its expansion. */
function runsOf(text: RichText, element: StructureElement): TextItem[] {
  return text.map((run): TextItem => {
    if (typeof run === 'string') return { text: run, _tag: element };
    return { text: run.text, _tag: structureElement('Span', element, { inline: true, expansion: run.expansion }) };
  });
}

/** The text of a node: plain text as is (the node's element tags it), else its runs. */
function textOf(text: RichText, element: StructureElement): string | TextItem[] {
  return text.length === 1 && typeof text[0] === 'string' ? text[0] : runsOf(text, element);
}

function textNode(text: RichText, element: StructureElement, style: Style): Content {
  return { text: textOf(text, element), ...style, _tag: element } as Tagged<ContentText>;
}

function headingNode(block: Heading, parent: StructureElement): Content {
  const element = structureElement(HEADING_TYPES[block.level], parent);
  const text = plainText(block.text);
  return {
    ...(textNode(block.text, element, HEADING_STYLES[block.role]) as ContentText),
    headlineLevel: HEADING,
    ...(block.anchor ? { id: block.anchor } : {}),
    ...(block.bookmark ? { outline: true, outlineText: text, ...(block.bookmark.parent ? { outlineParentId: block.bookmark.parent } : {}) } : {}),
  };
}

function paragraphNode(block: Paragraph, parent: StructureElement): Content {
  return textNode(block.text, structureElement('P', parent), PARAGRAPH_STYLES[block.role]);
}

function listNode(block: BulletList, parent: StructureElement): Content {
  const list = structureElement('L', parent, { attributes: { listNumbering: 'Disc' } });
  // The bullets are drawn shapes (artifacts); each item's text is its body.
  const items = block.items.map((item) => {
    const body = structureElement('LBody', structureElement('LI', list));
    return { text: textOf(item, body), _tag: body } as Tagged<ContentText>;
  });
  return { ul: items, style: PARAGRAPH_STYLES[block.role].style };
}

function descriptionNodes(block: DescriptionList, parent: StructureElement): Content {
  const list = structureElement('L', parent, { attributes: { listNumbering: 'None' } });
  const items = block.items.map((item) => {
    const entry = structureElement('LI', list);
    return { label: structureElement('Lbl', entry), body: structureElement('LBody', entry), item };
  });
  if (block.role === 'facts') {
    return {
      stack: items.map(({ label, body, item }) => ({
        text: [{ text: `${plainText(item.label)}: `, style: 'factLabel', _tag: label }, ...runsOf(item.value, body)],
        style: 'facts',
        _tag: body,
      })),
    } as Content;
  }
  if (block.role === 'referenced') {
    return {
      stack: items.map(({ label, body, item }) => ({
        columns: [
          // The smaller reference is nudged down to share the sentence's baseline.
          { text: textOf(item.label, label), width: 62, color: COLORS.muted, fontSize: 9, margin: [0, 1, 0, 0], _tag: label },
          { text: textOf(item.value, body), width: '*', _tag: body },
        ],
        columnGap: 6,
        margin: [0, 2, 0, 2],
      })),
    } as Content;
  }
  // The fact sheet's box: the values side by side on a light fill.
  return {
    table: {
      widths: [80, '*', 120],
      body: [
        items.map(({ label, body, item }) => ({
          stack: [
            { text: textOf(item.label, label), fontSize: 8, color: COLORS.muted, _tag: label },
            { text: textOf(item.value, body), fontSize: 10, bold: true, color: COLORS.heading, _tag: body },
          ],
        })),
      ],
    },
    layout: {
      fillColor: () => COLORS.headerFill,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 0, 0, 16],
  } as Content;
}

function tableNode(block: Table, parent: StructureElement): Content {
  const table = structureElement('Table', parent);
  const caption = structureElement('Caption', table);
  const content = amountTable(block.spec);
  tagAmountTable(content, block.spec, table);
  // Under a label the caption sits close, as one heading of two lines.
  const captionMargin: Margin | undefined = block.spaced ? [0, 18, 0, 4] : block.label ? [0, 0, 0, 4] : undefined;
  const stack = [
    ...(block.label ? [textNode(block.label, caption, { style: 'tableLabel' } as Style)] : []),
    textNode(block.caption, caption, { style: 'caption', ...(captionMargin ? { margin: captionMargin } : {}) } as Style),
    content,
  ];
  // A breakable table's start is kept together by pageBreakBefore (kept-with-note.ts); an unbreakable one is whole.
  if (!block.keepTogether) (stack[0] as { headlineLevel?: number }).headlineLevel = TABLE_START;
  return { ...(block.keepTogether ? { unbreakable: true } : {}), stack } as Content;
}

function contentsNode(block: Contents, parent: StructureElement): Content {
  const title = structureElement('H2', parent);
  const toc = structureElement('TOC', parent);
  let committee: StructureElement | null = null;
  let nested: StructureElement | null = null;
  const body = block.entries.map((entry) => {
    let item: StructureElement;
    if (entry.level === 1 || !committee) {
      item = committee = structureElement('TOCI', toc);
      nested = null;
    } else {
      nested ??= structureElement('TOC', committee);
      item = structureElement('TOCI', nested);
    }
    // Both the entry's text and its page number are the link.
    const link = structureElement('Link', item, { linkText: entry.text });
    const margin: Margin = entry.level === 2 ? [12, 1, 0, 1] : entry.first ? [0, 0, 0, 2] : [0, 8, 0, 2];
    const style = entry.level === 2 ? 'tocProposal' : 'tocCommittee';
    return [
      { text: entry.text, linkToDestination: entry.anchor, alignment: 'left', style, margin, _tag: link },
      // The page number in the body text's style, as pdfmake's own contents printed it.
      { text: '00000', pageReference: entry.anchor, alignment: 'right', margin: [0, margin[1], 0, margin[3]], _tag: link },
    ];
  });
  return {
    stack: [
      { text: block.title, style: 'tocTitle', _tag: title },
      { table: { dontBreakRows: true, widths: ['*', 'auto'], body }, layout: 'noBorders' },
    ],
  } as Content;
}

function sectionNode(block: Section, parent: StructureElement): Content {
  return {
    stack: block.blocks.map((child) => blockNode(child, parent)),
    ...(block.startsPage ? { pageBreak: 'before' as const } : {}),
    ...(block.endsPage ? { pageBreak: 'after' as const } : {}),
    ...(block.spaceAbove ? { margin: [0, block.spaceAbove, 0, 0] as Margin } : {}),
  };
}

function blockNode(block: Block, parent: StructureElement): Content {
  switch (block.kind) {
    case 'heading':
      return headingNode(block, parent);
    case 'paragraph':
      return paragraphNode(block, parent);
    case 'list':
      return listNode(block, parent);
    case 'descriptions':
      return descriptionNodes(block, parent);
    case 'table':
      return tableNode(block, parent);
    case 'contents':
      return contentsNode(block, parent);
    case 'section':
      return sectionNode(block, parent);
  }
}

/** The bilag's document model as an A4 pdfmake document (margins, running header and footer, styles, metadata), tagged. */
export function pdfDefinition(document: BilagDocument): PdfDefinition {
  const structure = structureElement('Document', null);
  const content = document.blocks.map((block) => blockNode(block, structure));
  const pageBreakBefore = keepGenerationNoteWithContent(content);
  return {
    structure,
    definition: {
      pageSize: 'A4',
      pageOrientation: document.orientation,
      pageMargins: [PAGE_MARGINS.left, PAGE_MARGINS.top, PAGE_MARGINS.right, PAGE_MARGINS.bottom],
      header: runningHeader(document.runningHeader.left, document.runningHeader.right, document.runningHeader.omitOnFirstPage),
      footer: runningFooter(document.title),
      info: {
        title: document.title,
        author: document.author,
        subject: document.subject,
        creator: 'Budgetflow',
        producer: 'Budgetflow',
        creationDate: document.createdAt,
      },
      language: document.language,
      defaultStyle: DEFAULT_STYLE,
      styles: STYLES,
      content,
      pageBreakBefore,
    },
  };
}
