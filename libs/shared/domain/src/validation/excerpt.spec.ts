import { MAX_EXCERPT_CHARACTERS, excerpt } from './excerpt';
import { quote } from './text';

describe('an excerpt of a value for an error message', () => {
  it('keeps a short value whole', () => {
    expect(excerpt('-2,2')).toBe('-2,2');
    expect(excerpt('x'.repeat(MAX_EXCERPT_CHARACTERS))).toBe('x'.repeat(MAX_EXCERPT_CHARACTERS));
  });

  it('cuts a long value to 80 characters and says how long it was', () => {
    expect(excerpt('a'.repeat(100_000))).toBe(`${'a'.repeat(80)}… (100.000 tegn i alt)`);
    expect(quote('b'.repeat(81))).toBe(`«${'b'.repeat(80)}… (81 tegn i alt)»`);
  });

  it('counts and cuts whole characters, never half an emoji', () => {
    const emoji = '😀'.repeat(100);
    expect(excerpt(emoji)).toBe(`${'😀'.repeat(80)}… (100 tegn i alt)`);
    expect(excerpt('😀'.repeat(60))).toBe('😀'.repeat(60));
  });
});
