import { PdfkitDocument, PdfkitRef } from './pdfkit-document';
import { StructureElement, rootOf } from './structure-element';

/**
 * Marks what one document draws, in drawing order: text as marked content of its structure element (one sequence
 * while the element stays the same on a page), everything else as an artifact. Drawing order is reading order, so
 * an inline element (an abbreviation) joins its parent where its text is drawn.
 */
export class ContentTagger {
  private open: { readonly element: StructureElement } | { readonly artifact: string } | null = null;
  private root: StructureElement | null = null;
  /** The link annotations made inside tagged text, with the element they belong to. */
  readonly annotations: { readonly key: number; readonly element: StructureElement }[] = [];

  constructor(private readonly document: PdfkitDocument) {}

  /** The element whose text is being drawn, if any. */
  get current(): StructureElement | null {
    return this.open && 'element' in this.open ? this.open.element : null;
  }

  /** The tree the marked content belongs to (known once any text was tagged). */
  get structure(): StructureElement | null {
    return this.root;
  }

  /** What follows is the element's content. */
  tag(element: StructureElement): void {
    if (this.current === element) return;
    this.close();
    attach(element);
    const content = this.document.markStructureContent(element.type);
    for (const { pageRef, mcid } of content.refs) element.kids.push({ kind: 'content', page: pageRef, mcid });
    this.open = { element };
    this.root ??= rootOf(element);
  }

  /** What follows is an artifact: page furniture (running header and footer, repeated table headers) or layout (rules, fills). */
  artifact(type: 'Pagination' | 'Layout'): void {
    if (this.open && 'artifact' in this.open && this.open.artifact === type) return;
    this.close();
    this.document.markContent('Artifact', { type });
    this.open = { artifact: type };
  }

  /** Ends the open sequence (before a new page, and at the end). */
  close(): void {
    if (!this.open) return;
    this.document.endMarkedContent();
    this.open = null;
  }

  /** A link annotation drawn inside the current element's text: it joins the element and the parent tree. */
  annotation(reference: PdfkitRef): void {
    const element = this.current;
    if (!element) return;
    const key = this.document.createStructParentTreeNextKey();
    reference.data['StructParent'] = key;
    element.kids.push({ kind: 'annotation', page: this.document.page.dictionary, annotation: reference });
    this.annotations.push({ key, element });
  }
}

function attach(element: StructureElement): void {
  if (element.attached || !element.parent) return;
  attach(element.parent);
  element.parent.kids.push(element);
  element.attached = true;
}
