// pdfkit's document as the tagging reads and extends it (pdfkit 0.19: markings mixin, annotations, refs, metadata).

/** An indirect object of pdfkit. */
export interface PdfkitRef {
  data: Record<string, unknown>;
  end(): void;
}

/** pdfkit's PDFStructureContent: where a marked-content sequence is. */
export interface PdfkitStructureContent {
  refs: { pageRef: PdfkitRef; mcid: number }[];
}

/** A pdfkit document, as far as the tagging uses it. */
export interface PdfkitDocument {
  options: { tagged?: boolean };
  page: { dictionary: PdfkitRef };
  ref(data?: Record<string, unknown>): PdfkitRef;
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): PdfkitStructureContent;
  endMarkedContent(): unknown;
  getStructTreeRoot(): PdfkitRef;
  getStructParentTree(): { add(key: number, value: unknown): unknown; get(key: number): unknown[] };
  createStructParentTreeNextKey(): number;
  appendXML(xml: string, newline?: boolean): void;
  addPage(...args: unknown[]): unknown;
  text(...args: unknown[]): unknown;
  annotate(x: number, y: number, width: number, height: number, options: Record<string, unknown>): unknown;
}
