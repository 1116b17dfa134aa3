// pdfmake lays out and draws; it emits no structure. These hooks (installed once per process; pdfmake is pinned to
// 0.3.x, whose LayoutBuilder, PageElementWriter and Renderer they fit) carry each text node's structure element
// (`_tag`, set by layout/pdf-definition.ts) onto its laid-out lines, mark running headers, footers and repeated
// table headers as page furniture, and, for a document made with `tagged: true`, wrap what the renderer draws in
// marked content (content-tagger.ts) and write the structure tree and the PDF/UA identification before pdfmake ends it.
import { ContentTagger } from './content-tagger';
import { escapeXmpInfo, identifyPdfUa } from './conformance';
import { PdfkitDocument, PdfkitRef } from './pdfkit-document';
import { StructureElement } from './structure-element';
import { writeStructure } from './structure-writer';

interface TaggedLine {
  inlines: { _tag?: StructureElement }[];
  _tag?: StructureElement;
  /** Page furniture: a running header or footer, or a table header repeated on a new page. */
  _artifact?: boolean;
}

interface PageItem {
  type: string;
  item: unknown;
}

interface LayoutBuilderPrototype {
  buildNextLine(textNode: { _tag?: StructureElement }): TaggedLine | null;
  addDynamicRepeatable(...args: unknown[]): unknown;
  furnitureDepth?: number;
  tagsLines?: boolean;
}

interface PageElementWriterPrototype {
  addFragment(fragment: unknown, ...rest: unknown[]): unknown;
  repeatables: unknown[];
  context(): { getCurrentPage(): { items: PageItem[] } | null };
}

interface RendererPrototype {
  pdfDocument: PdfkitDocument & { _tagger?: ContentTagger; _taggedLine?: { line: TaggedLine; next: number } };
  renderPages(pages: unknown[]): unknown;
  renderLine(line: TaggedLine, x: number, y: number): unknown;
  renderVector(vector: unknown): unknown;
}

// Named one by one: webpack (which bundles the service) would take a template as every file of pdfmake/js, browser ones too.
const prototypeOf = <T>(module: unknown) => (module as { default: { prototype: T } }).default.prototype;

/** The element an inline is drawn for: its own (an abbreviation, a label) or its line's. */
function elementOf(line: TaggedLine, index: number): StructureElement | undefined {
  return line.inlines[index]?._tag ?? line._tag;
}

function tagLayout(): void {
  const builder = prototypeOf<LayoutBuilderPrototype>(require('pdfmake/js/LayoutBuilder'));
  if (builder.tagsLines) return;
  const { buildNextLine, addDynamicRepeatable } = builder;
  builder.buildNextLine = function (textNode) {
    const line = buildNextLine.call(this, textNode);
    if (line) {
      if (textNode._tag) line._tag = textNode._tag;
      if (this.furnitureDepth) line._artifact = true;
    }
    return line;
  };
  // Headers and footers are laid out through addDynamicRepeatable, page by page.
  builder.addDynamicRepeatable = function (...args) {
    this.furnitureDepth = (this.furnitureDepth ?? 0) + 1;
    try {
      return addDynamicRepeatable.apply(this, args);
    } finally {
      this.furnitureDepth -= 1;
    }
  };
  builder.tagsLines = true;

  const writer = prototypeOf<PageElementWriterPrototype>(require('pdfmake/js/PageElementWriter'));
  const { addFragment } = writer;
  // A table's header rows are added again on every page the table continues on: those copies are furniture.
  writer.addFragment = function (fragment, ...rest) {
    if (!this.repeatables.includes(fragment)) return addFragment.call(this, fragment, ...rest);
    const page = this.context().getCurrentPage();
    const before = page?.items.length ?? 0;
    const result = addFragment.call(this, fragment, ...rest);
    const after = this.context().getCurrentPage();
    if (after === page && page) for (const item of page.items.slice(before)) if (item.type === 'line') (item.item as TaggedLine)._artifact = true;
    return result;
  };
}

function tagRendering(): void {
  const renderer = prototypeOf<RendererPrototype>(require('pdfmake/js/Renderer'));
  const { renderPages, renderLine, renderVector } = renderer;
  renderer.renderPages = function (pages) {
    const document = this.pdfDocument;
    if (!document.options.tagged) return renderPages.call(this, pages);
    const tagger = new ContentTagger(document);
    document._tagger = tagger;
    const { addPage, text, annotate } = document;
    document.addPage = (...args) => {
      tagger.close();
      return addPage.apply(document, args);
    };
    // pdfmake draws a line's inlines one text call each, in order: each is marked for its element.
    document.text = (...args) => {
      const drawing = document._taggedLine;
      if (drawing) {
        const element = elementOf(drawing.line, drawing.next);
        drawing.next += 1;
        if (element) tagger.tag(element);
      }
      return text.apply(document, args);
    };
    document.annotate = (x, y, width, height, options) => {
      const element = tagger.current;
      if (element) {
        // A link says where it goes (PDF/UA) and belongs to its element in the structure.
        options['Contents'] ??= new String(linkText(element));
        options['structParent'] = { add: (reference: { annotationRef: PdfkitRef }) => tagger.annotation(reference.annotationRef) };
      }
      return annotate.call(document, x, y, width, height, options);
    };
    const result = renderPages.call(this, pages);
    tagger.close();
    writeStructure(document, tagger);
    identifyPdfUa(document);
    escapeXmpInfo(document);
    return result;
  };
  renderer.renderLine = function (line, x, y) {
    const document = this.pdfDocument;
    const tagger = document._tagger;
    if (!tagger) return renderLine.call(this, line, x, y);
    if (line._artifact) {
      tagger.artifact('Pagination');
      return renderLine.call(this, line, x, y);
    }
    const element = elementOf(line, 0);
    if (!element) throw new Error(`Text without a structure element: «${line.inlines.map((inline) => (inline as { text?: string }).text).join('')}»`);
    tagger.tag(element);
    document._taggedLine = { line, next: 0 };
    try {
      return renderLine.call(this, line, x, y);
    } finally {
      document._taggedLine = undefined;
    }
  };
  renderer.renderVector = function (vector) {
    this.pdfDocument._tagger?.artifact('Layout');
    return renderVector.call(this, vector);
  };
}

function linkText(element: StructureElement): string {
  for (let current: StructureElement | null = element; current; current = current.parent) if (current.linkText) return current.linkText;
  return 'Link';
}

let installed = false;

/** Installs the hooks (once per process). */
export function tagPdfmakeRendering(): void {
  if (installed) return;
  tagLayout();
  tagRendering();
  installed = true;
}
