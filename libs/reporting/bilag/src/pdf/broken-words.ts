// A word wider than its line (a 150-character title without spaces, a 20,000-character section of one word) is
// broken at the last character that fits, as pdfmake 0.3 does, without a hyphen and without adding a character.
// pdfmake finds that character by measuring ever longer prefixes of the whole word and measures the whole rest anew
// for every line: for one valid 20,000-character section that was a minute and gigabytes of remembered shapes.
// Here the break is found from the widths of single characters and confirmed by measuring the line's part only,
// so a line costs what its own characters cost, whatever the length of the word.

/** A laid-out word as pdfmake 0.3 measures it (TextInlines.measure). */
export interface MeasuredInline {
  text: string;
  width: number;
  leadingCut?: number;
  trailingCut?: number;
  noWrap?: boolean | null;
  [property: string]: unknown;
}

/** Width of a text in the inline's font, size and spacing (pdfmake's TextInlines.widthOfText). */
export type WidthOf = (text: string, inline: MeasuredInline) => number;

// Set on the rest of a broken word whose width is the word's minus the part (kerning at the break not taken off):
// exact enough to know that it needs breaking again; measured exactly once it may fit.
const ESTIMATED = Symbol('estimated width');
type Inline = MeasuredInline & { [ESTIMATED]?: boolean };

/** The inline's width without its leading and trailing spaces: what it takes on a line of its own. */
export function trimmedWidth(inline: MeasuredInline): number {
  return inline.width - (inline.leadingCut ?? 0) - (inline.trailingCut ?? 0);
}

/** True when pdfmake must break the word: it is wider than the whole line and has more than one character. */
export function needsBreaking(inline: MeasuredInline, lineWidth: number): boolean {
  return !inline.noWrap && inline.text.length > 1 && trimmedWidth(inline) > lineWidth;
}

function codePointLength(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/** Where the text ends after one more character than at `index`. */
const next = (text: string, index: number) => index + codePointLength(text, index);
/** Where the text ends after one character less than at `index` (> 0). */
const previous = (text: string, index: number) => index - (index >= 2 && codePointLength(text, index - 2) === 2 ? 2 : 1);

/**
 * The longest start of the inline's text that fits in `lineWidth` (at least one character), with its exact width:
 * a first guess from the widths of its characters (each measured once per font and size), then confirmed or moved
 * by a character at a time with the width of the part itself.
 */
export function fittingPart(inline: MeasuredInline, lineWidth: number, widthOf: WidthOf): { end: number; width: number } {
  const { text } = inline;
  const room = lineWidth + (inline.leadingCut ?? 0);
  const spacing = Number(inline['characterSpacing'] ?? 0);
  let end = 0;
  let sum = 0;
  while (end < text.length) {
    const after = next(text, end);
    const width = sum + widthOf(text.slice(end, after), inline) + (end > 0 ? spacing : 0);
    if (end > 0 && width > room) break;
    sum = width;
    end = after;
  }
  let width = widthOf(text.slice(0, end), inline);
  while (width > room && previous(text, end) > 0) {
    end = previous(text, end);
    width = widthOf(text.slice(0, end), inline);
  }
  while (end < text.length) {
    const longer = widthOf(text.slice(0, next(text, end)), inline);
    if (longer > room) break;
    end = next(text, end);
    width = longer;
  }
  return { end, width };
}

/**
 * Splits a word wider than the line into the part that fits and the rest, both drawn exactly like the word (same
 * font, style and properties); the part keeps the word's leading space, the rest its trailing space.
 */
export function breakInline(inline: MeasuredInline, lineWidth: number, widthOf: WidthOf): [MeasuredInline, MeasuredInline] {
  const { end, width } = fittingPart(inline, lineWidth, widthOf);
  const part: Inline = { ...inline, text: inline.text.slice(0, end), width, trailingCut: 0 };
  // The word goes on after the part: no forced line end, nothing glued to it on this line.
  delete part[ESTIMATED];
  delete part['lineEnd'];
  delete part['noNewLine'];
  const rest: Inline = { ...inline, text: inline.text.slice(end), width: inline.width - width, leadingCut: 0 };
  delete rest['leadingIndent'];
  // A rest of more than two lines is certainly broken again; a shorter one is measured, as it may fit.
  if (trimmedWidth(rest) > 2 * lineWidth) rest[ESTIMATED] = true;
  else settle(rest, widthOf);
  return [part, rest];
}

/** Measures an estimated width exactly. */
function settle(inline: Inline, widthOf: WidthOf): void {
  inline.width = widthOf(inline.text, inline);
  delete inline[ESTIMATED];
}

/** Per font and size: the width of each character, measured once. */
const characterWidths = new WeakMap<object, Map<string, number>>();

/** widthOf for a single character from a per-font table; longer texts are measured as they are. */
function rememberingCharacters(widthOf: WidthOf): WidthOf {
  return (text, inline) => {
    if (text.length > 1) return widthOf(text, inline);
    const font = inline['font'];
    if (typeof font !== 'object' || font === null || inline['fontFeatures']) return widthOf(text, inline);
    let widths = characterWidths.get(font);
    if (!widths) characterWidths.set(font, (widths = new Map()));
    const key = `${String(inline['fontSize'])}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = widthOf(text, inline)));
    return width;
  };
}

/** What this module reads of pdfmake 0.3's LayoutBuilder, Line and text node. */
interface TextNode {
  _inlines?: Inline[];
}
interface PdfmakeLine {
  addInline(inline: MeasuredInline): void;
  lastLineInParagraph?: boolean;
}
interface PdfmakeLayoutBuilder {
  prototype: {
    writer: { context(): { availableWidth: number } };
    buildNextLine(node: TextNode): PdfmakeLine | null;
    breaksWordsCheaply?: boolean;
  };
}

/**
 * Makes pdfmake break a word wider than its line here (once per process; pdfmake is pinned to 0.3.x, whose
 * LayoutBuilder.buildNextLine this fits): a line that starts with such a word holds the part that fits, and the rest
 * starts the next line, as pdfmake's own breaking gives it. Every other line is built by pdfmake.
 */
export function breakLongWordsCheaply(): void {
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder') as { default: PdfmakeLayoutBuilder }).default;
  const prototype = LayoutBuilder.prototype;
  if (prototype.breaksWordsCheaply) return;
  const Line = (require('pdfmake/js/Line') as { default: new (width: number) => PdfmakeLine }).default;
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: new (document: null) => { widthOfText: WidthOf } }).default;
  const measurer = new TextInlines(null);
  const widthOf = rememberingCharacters((text, inline) => measurer.widthOfText(text, inline));
  const buildNextLine = prototype.buildNextLine;
  prototype.buildNextLine = function (node) {
    const head = node._inlines?.[0];
    const lineWidth = this.writer.context().availableWidth;
    if (head?.[ESTIMATED] && trimmedWidth(head) <= 2 * lineWidth) settle(head, widthOf);
    if (!node._inlines || !head || !needsBreaking(head, lineWidth)) return buildNextLine.call(this, node);
    const [part, rest] = breakInline(head, lineWidth, widthOf);
    node._inlines[0] = rest;
    const line = new Line(lineWidth);
    line.addInline(part);
    line.lastLineInParagraph = false;
    return line;
  };
  prototype.breaksWordsCheaply = true;
}
