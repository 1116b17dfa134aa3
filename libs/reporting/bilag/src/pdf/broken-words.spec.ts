import { PAGE_MARGINS } from '../layout/page-margins';
import { MeasuredInline, WidthOf, breakInline, fittingPart, needsBreaking } from './broken-words';
import { renderToBuffer } from './render-to-buffer';
import { pdfPlacedText, pdfText } from '@budgetflow/testing';

// A font of the test's own: W is 10 wide, every other character 5, and the pair "AV" kerned by -4 (so a text's
// width is not the sum of its characters' widths and the guess from single characters must be corrected).
const widthOf: WidthOf = (text) => [...text].reduce((sum, character) => sum + (character === 'W' ? 10 : 5), 0) - 4 * (text.split('AV').length - 1);
const UNPADDED = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0 };
const inline = (text: string, extra: Partial<MeasuredInline> = {}): MeasuredInline => ({ text, width: widthOf(text, { text, width: 0 }), ...extra });

describe('breaking a word wider than its line', () => {
  it('breaks only a word that does not fit a line of its own, as pdfmake does', () => {
    expect(needsBreaking(inline('WWWW'), 39)).toBe(true);
    expect(needsBreaking(inline('WWWW'), 40)).toBe(false);
    // A trailing space takes no room at the end of a line.
    expect(needsBreaking(inline('WWWW ', { trailingCut: 5 }), 40)).toBe(false);
    expect(needsBreaking(inline('WWWW', { noWrap: true }), 10)).toBe(false);
    expect(needsBreaking(inline('W'), 5)).toBe(false);
  });

  it('puts as many characters on the line as fit, and the rest after them, nothing added or lost', () => {
    const word = 'WWWabcWWW ';
    const [part, rest] = breakInline(inline(word, { trailingCut: 5, color: '#123' }), 42, widthOf);
    expect(part).toEqual(expect.objectContaining({ text: 'WWWab', width: 40, trailingCut: 0, color: '#123' }));
    expect(rest).toEqual(expect.objectContaining({ text: 'cWWW ', width: 40, leadingCut: 0, trailingCut: 5, color: '#123' }));
    expect(part.text + rest.text).toBe(word);
  });

  it('measures the part as a whole, so kerning that lets one more character fit is used', () => {
    // By single characters "xAV" is 15 wide; kerned it is 11 and fits in 11.
    expect(fittingPart(inline('xAVxxx'), 11, widthOf)).toEqual({ end: 3, width: 11 });
    expect(fittingPart(inline('xAVxxx'), 10, widthOf)).toEqual({ end: 2, width: 10 });
  });

  it('keeps at least one character on a line narrower than a character (as pdfmake does)', () => {
    expect(fittingPart(inline('WWW'), 4, widthOf)).toEqual({ end: 1, width: 10 });
  });

  it('never splits a character made of two UTF-16 units', () => {
    const text = 'a\u{1d400}\u{1d400}b';
    const { end } = fittingPart(inline(text), 12, widthOf);
    expect(end).toBe(3);
    expect(text.slice(0, end)).toBe('a\u{1d400}');
  });

  it('counts a leading indent against the first line only', () => {
    const [part, rest] = breakInline(inline('WWWWWW', { leadingCut: -10, leadingIndent: 10 }), 40, widthOf);
    expect(part.text).toBe('WWW');
    expect(rest).toEqual(expect.objectContaining({ text: 'WWW', leadingCut: 0 }));
    expect(rest['leadingIndent']).toBeUndefined();
  });

  it('breaks a long word into lines of the column, each inside it, and a reader extracts the word unchanged', async () => {
    const word = `Omstillingsprojekt${'WÆ'.repeat(140)}slut`;
    const pdf = await renderToBuffer({
      pageSize: 'A4',
      pageMargins: [PAGE_MARGINS.left, PAGE_MARGINS.top, PAGE_MARGINS.right, PAGE_MARGINS.bottom],
      defaultStyle: { font: 'Roboto', fontSize: 9 },
      content: [{ table: { widths: [60, '*', 60], body: [['B26-SU-01', word, { text: '\u221212,5', alignment: 'right' }]] }, layout: UNPADDED }],
    });
    const [page] = await pdfPlacedText(pdf);
    const right = (page?.width ?? 0) - PAGE_MARGINS.right;
    const pieces = (page?.items ?? []).filter((item) => item.text !== 'B26-SU-01' && item.text !== '\u221212,5');
    expect(pieces.length).toBeGreaterThan(3);
    // Unpadded columns: the word's from 60 points in to 60 points before the right margin, the figure's after it.
    for (const piece of pieces) {
      expect(piece.x).toBeCloseTo(PAGE_MARGINS.left + 60, 3);
      expect(piece.x + piece.width).toBeLessThanOrEqual(right - 60 + 0.01);
    }
    const figure = page?.items.find((item) => item.text === '\u221212,5');
    expect(figure?.x).toBeGreaterThanOrEqual(right - 60);
    expect(figure && figure.x + figure.width).toBeCloseTo(right, 3);
    // No hyphen, no invisible character: the lines joined are the word.
    expect(pieces.map((piece) => piece.text).join('')).toBe(word);
    // A reader's copy gives the word's lines one under the other, as any wrapped line: the word with line breaks only.
    const text = await pdfText(pdf);
    expect(text).toContain(pieces.map((piece) => piece.text).join('\n'));
    expect(text.replace(/\s/g, '')).toBe(`B26-SU-01${word}\u221212,5`);
  }, 30_000);

  it('breaks a word of 20,000 characters (a whole text section) into lines inside the page', async () => {
    const word = 'WÆ'.repeat(10_000);
    const pdf = await renderToBuffer({ defaultStyle: { font: 'Roboto', fontSize: 10 }, content: [{ text: word }] });
    const pages = await pdfPlacedText(pdf);
    const lines = pages.flatMap((page) => page.items);
    expect(lines.map((line) => line.text).join('')).toBe(word);
    for (const page of pages) for (const line of page.items) expect(line.x + line.width).toBeLessThanOrEqual(page.width - 40 + 0.5);
  }, 30_000);
});
