import { LineInline, joinInlines } from './joined-inlines';

const font = { name: 'Roboto' };
// Shaped as pdfmake 0.3 lays a word out: the properties it does not use are null.
const word = (text: string, x: number, width: number, extra: Partial<LineInline> = {}): LineInline => ({
  text,
  x,
  width,
  font,
  fontSize: 10,
  color: '#1a1a1a',
  alignment: 'left',
  characterSpacing: 0,
  opacity: 1,
  sup: false,
  sub: false,
  fontFeatures: null,
  decoration: null,
  background: null,
  link: null,
  linkToPage: null,
  linkToDestination: null,
  ...extra,
});

describe('joining the inlines of a line', () => {
  it('joins words that are drawn alike and sit edge to edge, keeping the start and the total width', () => {
    const joined = joinInlines([word('Besparelse ', 0, 50), word('på ', 50, 15), word('drift.', 65, 25)]);

    expect(joined).toEqual([word('Besparelse på drift.', 0, 90)]);
  });

  it('keeps words apart where the style changes, and joins again after', () => {
    const joined = joinInlines([
      word('Status: ', 0, 30, { color: '#5b6670' }),
      word('Indsendt ', 30, 40),
      word('af ', 70, 10),
      word('FU', 80, 12, { fontSize: 12 }),
    ]);

    expect(joined.map((inline) => inline.text)).toEqual(['Status: ', 'Indsendt af ', 'FU']);
  });

  it('keeps words apart where there is a gap between them (justified text spreads the spaces)', () => {
    const joined = joinInlines([word('Drift ', 0, 20), word('og ', 24, 10), word('anlæg', 34, 22)]);

    expect(joined.map((inline) => inline.text)).toEqual(['Drift ', 'og anlæg']);
  });

  it('leaves links, page references and decorated words alone', () => {
    const pageReference = { positions: [] };
    const inlines = [
      word('Side ', 0, 20),
      word('7', 20, 5, { _pageNodeRef: pageReference }),
      word('se ', 25, 10),
      word('her', 35, 12, { link: 'https://example.org' }),
      word(' og', 47, 10, { decoration: 'underline' }),
    ];

    expect(joinInlines(inlines).map((inline) => inline.text)).toEqual(['Side ', '7', 'se ', 'her', ' og']);
  });

  it('returns an empty line as it is', () => {
    expect(joinInlines([])).toEqual([]);
  });
});
