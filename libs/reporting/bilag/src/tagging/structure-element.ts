// The logical structure of a PDF as the renderer builds it beside pdfmake's content: one element per part of the
// document model, with the marked content and link annotations the rendering gives it (see content-tagger.ts).

/** The standard structure types the bilag use (ISO 32000-1, 14.8.4). */
export type StructureType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'Caption'
  | 'THead'
  | 'TBody'
  | 'TFoot'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'TOC'
  | 'TOCI'
  | 'Link'
  | 'Span';

/** The attributes of an element (list and table attribute owners). */
export interface StructureAttributes {
  readonly scope?: 'Row' | 'Column';
  readonly colSpan?: number;
  readonly listNumbering?: 'Disc' | 'None';
}

/** A sequence of marked content on a page: the page's dictionary (pdfkit's reference) and its MCID. */
export interface MarkedContent {
  readonly kind: 'content';
  readonly page: unknown;
  readonly mcid: number;
}

/** A link annotation of the element, on the page it was drawn on. */
export interface AnnotationKid {
  readonly kind: 'annotation';
  readonly page: unknown;
  readonly annotation: unknown;
}

export type StructureKid = StructureElement | MarkedContent | AnnotationKid;

/** One structure element. */
export interface StructureElement {
  readonly kind: 'element';
  readonly type: StructureType;
  readonly attributes?: StructureAttributes;
  /** The expansion of an abbreviation (/E). */
  readonly expansion?: string;
  /** A link's description, given to its annotations (/Contents). */
  readonly linkText?: string;
  readonly parent: StructureElement | null;
  /** True for an element inside a line of text (an abbreviation): joins its parent when its text is drawn. */
  readonly inline: boolean;
  readonly kids: StructureKid[];
  /** Set when an inline element has joined its parent. */
  attached: boolean;
}

/** A new element under `parent` (a block element is added to its parent's kids at once, in document order). */
export function structureElement(
  type: StructureType,
  parent: StructureElement | null,
  options: { attributes?: StructureAttributes; expansion?: string; linkText?: string; inline?: boolean } = {},
): StructureElement {
  const element: StructureElement = {
    kind: 'element',
    type,
    parent,
    inline: options.inline ?? false,
    kids: [],
    attached: !(options.inline ?? false),
    ...(options.attributes ? { attributes: options.attributes } : {}),
    ...(options.expansion ? { expansion: options.expansion } : {}),
    ...(options.linkText ? { linkText: options.linkText } : {}),
  };
  if (parent && !element.inline) parent.kids.push(element);
  return element;
}

/** The root of an element's tree. */
export function rootOf(element: StructureElement): StructureElement {
  let current = element;
  while (current.parent) current = current.parent;
  return current;
}
