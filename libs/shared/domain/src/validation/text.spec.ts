import fc from 'fast-check';
import { PRINTABLE_RANGES, checkText, cleanText, isPrintableCodePoint, joinDanish, lowerFirst, quote, textProblem, upperFirst } from './text';

describe('cleanText', () => {
  it('trims text', () => {
    expect(cleanText('  Baggrund \n')).toBe('Baggrund');
  });

  it('treats values that are not text as empty', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
    expect(cleanText(42)).toBe('');
  });

  it('reads a decomposed letter as one (NFC) and CR LF as LF', () => {
    expect(cleanText('A\u030Arhus')).toBe('Århus');
    expect(cleanText('første\r\nanden\rtredje')).toBe('første\nanden\ntredje');
  });
});

describe('textProblem: what a Danish text field may contain', () => {
  const problem = (value: string, kind: 'line' | 'multiline' = 'line') => textProblem(value, kind, 'Titlen')?.code;

  it('accepts Danish text with its usual punctuation and the minus sign', () => {
    expect(problem('Øget kapacitet på Århus Universitetshospital – «fase 2» (−2,2 mio. kr., 50 %) … € ‰')).toBeUndefined();
    expect(problem('Baggrund\n\nBeskrivelse', 'multiline')).toBeUndefined();
  });

  it.each([
    ['NUL', 'a\u0000b', 'text.nul_character'],
    ['a lone high surrogate', 'a\ud800b', 'text.broken_character'],
    ['a lone low surrogate', 'a\udc00', 'text.broken_character'],
    ['BEL', 'a\u0007b', 'text.control_character'],
    ['TAB', 'a\tb', 'text.control_character'],
    ['ESC', '\u001b[31m', 'text.control_character'],
    ['a C1 control', 'a\u0085b', 'text.control_character'],
    ['LF in a single-line field', 'første\nanden', 'text.line_break'],
    ['CR in a single-line field', 'første\randen', 'text.line_break'],
    ['an emoji', 'Godt 😀', 'text.unprintable_character'],
    ['Hebrew', 'שלום', 'text.unprintable_character'],
    ['Chinese', '预算', 'text.unprintable_character'],
    ['only zero-width characters', '\u200b\u200c\u200d', 'text.invisible_only'],
    ['a zero-width space inside', 'Bud\u200bget', 'text.invisible_character'],
    ['a soft hyphen', 'Bud\u00adget', 'text.invisible_character'],
    ['a right-to-left override', 'abc\u202e', 'text.invisible_character'],
  ])('refuses %s', (_, value, code) => {
    expect(problem(value)).toBe(code);
  });

  it('names the field in Danish and shows the refused character', () => {
    expect(textProblem('Godt 😀', 'line', 'Titlen')?.message).toBe('Titlen indeholder tegnet «😀» (U+1F600), som ikke kan vises i bilagene; fjern det.');
    expect(checkText('a\nb', 'sections[0].heading', 'Overskriften')).toEqual([
      { code: 'text.line_break', path: 'sections[0].heading', message: 'Overskriften skal stå på én linje; fjern linjeskiftet.' },
    ]);
    expect(checkText(42, 'title', 'Titlen')).toEqual([]);
  });

  it('accepts every string made of printable characters (property)', () => {
    const printable = fc.oneof(...PRINTABLE_RANGES.map(([from, to]) => fc.integer({ min: from, max: to }))).map((codePoint) => String.fromCodePoint(codePoint));
    fc.assert(
      fc.property(fc.array(printable, { minLength: 1, maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(textProblem(text, 'line', 'Feltet')).toBeUndefined();
        expect(textProblem(characters.join('\n'), 'multiline', 'Feltet')).toBeUndefined();
      }),
    );
  });

  it('refuses every string with a character outside the printable ranges (property)', () => {
    const outside = fc
      .integer({ min: 0, max: 0x10ffff })
      // LF and CR (read as LF) are line breaks, judged by the kind of field; surrogates have their own property.
      .filter((codePoint) => !isPrintableCodePoint(codePoint) && codePoint !== 0x0a && codePoint !== 0x0d && !(codePoint >= 0xd800 && codePoint <= 0xdfff))
      .map((codePoint) => String.fromCodePoint(codePoint));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }).filter((text) => textProblem(text, 'multiline', 'x') === undefined),
        outside,
        fc.string({ maxLength: 10 }),
        (before, bad, after) => {
          // NFC may turn the character into a printable one (Å for the Ångström sign, á for a + a combining accent).
          fc.pre(
            `${before}${bad}${after}`.normalize('NFC').includes(bad.normalize('NFC')) && !isPrintableCodePoint(bad.normalize('NFC').codePointAt(0) as number),
          );
          expect(textProblem(`${before}${bad}${after}`, 'multiline', 'Feltet')).toBeDefined();
        },
      ),
    );
  });

  it('refuses every lone surrogate wherever it stands (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 10 }), (before, unit, after) => {
        const text = `${before}${String.fromCharCode(unit)}${after}`;
        // A high surrogate followed by a low one is a real (astral) character: refused as unprintable instead.
        expect(textProblem(text, 'multiline', 'Feltet')).toBeDefined();
      }),
    );
  });
});

describe('joinDanish', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a og b'],
    [['a', 'b', 'c'], 'a, b og c'],
  ])('joins %j as %s', (items, expected) => {
    expect(joinDanish(items)).toBe(expected);
  });

  it('can join with "eller"', () => {
    expect(joinDanish(['a', 'b', 'c'], 'eller')).toBe('a, b eller c');
  });
});

describe('quote', () => {
  it('uses Danish guillemets', () => {
    expect(quote('Kladde')).toBe('«Kladde»');
  });
});

describe('lowerFirst and upperFirst', () => {
  it('change only the first letter, Danish letters too', () => {
    expect(lowerFirst('Initiativet «Flere Læger»')).toBe('initiativet «Flere Læger»');
    expect(lowerFirst('Øget bemanding')).toBe('øget bemanding');
    expect(upperFirst('sundhedspakken')).toBe('Sundhedspakken');
    expect(upperFirst('ærø kommune')).toBe('Ærø kommune');
  });

  it('leave an empty text empty', () => {
    expect(lowerFirst('')).toBe('');
    expect(upperFirst('')).toBe('');
  });
});
