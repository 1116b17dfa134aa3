import { cleanText, joinDanish, quote } from './text';

describe('cleanText', () => {
  it('trims text', () => {
    expect(cleanText('  Baggrund \n')).toBe('Baggrund');
  });

  it('treats values that are not text as empty', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
    expect(cleanText(42)).toBe('');
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
