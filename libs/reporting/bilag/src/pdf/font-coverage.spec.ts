// Every character the domain's text rule accepts has a glyph in every bilag font (issue 14): nothing a user may
// type prints as an empty box.
import { PRINTABLE_RANGES, textProblem } from '@budgetflow/domain';
import { bilagFonts } from './fonts';

// fontkit is what pdfkit (under pdfmake) reads fonts with; it is in node_modules through pdfkit.
const fontkit = require('fontkit') as {
  openSync(path: string): { glyphForCodePoint(codePoint: number): { id: number }; familyName: string; subfamilyName: string };
};

const fonts = Object.entries(Object.values(bilagFonts())[0] as Record<string, string>).map(([style, file]) => ({ style, font: fontkit.openSync(file) }));

describe('the bilag fonts cover the text rule', () => {
  it.each(fonts.map(({ style }) => style))('%s has a glyph for every accepted character', (style) => {
    const { font } = fonts.find((candidate) => candidate.style === style) as (typeof fonts)[number];
    const missing: string[] = [];
    for (const [from, to] of PRINTABLE_RANGES) {
      for (let codePoint = from; codePoint <= to; codePoint++) {
        if (font.glyphForCodePoint(codePoint).id === 0) missing.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['an emoji', '😀'],
    ['Hebrew', 'שלום'],
    ['Arabic', 'مرحبا'],
    ['Chinese', '预算'],
    ['a zero-width space', 'a\u200bb'],
  ])('%s, which the font cannot show, is refused by the rule', (_, text) => {
    const glyphless = [...text].some((character) => fonts[0].font.glyphForCodePoint(character.codePointAt(0) as number).id === 0 || character === '\u200b');
    expect(glyphless).toBe(true);
    expect(textProblem(text, 'multiline', 'Teksten')).toBeDefined();
  });
});
