import { MAX_REMEMBERED_LENGTH, rememberLayouts } from './remembered-layouts';

describe('shaping remembered with the font', () => {
  const shapingFont = () => {
    const layout = jest.fn((text: string) => ({
      glyphs: [...text].map((character) => ({ id: character.charCodeAt(0) })),
      positions: [...text].map(() => ({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      get advanceWidth() {
        return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
      },
    }));
    return { font: rememberLayouts({ layout }), layout };
  };

  it('shapes a text once and gives every caller positions of its own to scale', () => {
    const { font, layout } = shapingFont();
    const first = font.layout('ord');
    for (const position of first.positions) position.xAdvance *= 2;
    const second = font.layout('ord');
    expect(layout).toHaveBeenCalledTimes(1);
    expect(second.glyphs).toBe(first.glyphs);
    expect(second.positions[0]?.xAdvance).toBe(500);
    expect(second.advanceWidth).toBe(1500);
    expect(first.advanceWidth).toBe(3000);
  });

  it('does not remember a text longer than a word (a whole section of one word, a line of it)', () => {
    const { font, layout } = shapingFont();
    const long = 'W'.repeat(MAX_REMEMBERED_LENGTH + 1);
    font.layout(long);
    font.layout(long);
    font.layout('W'.repeat(MAX_REMEMBERED_LENGTH));
    font.layout('W'.repeat(MAX_REMEMBERED_LENGTH));
    expect(layout).toHaveBeenCalledTimes(3);
  });

  it('shapes anew when asked with features', () => {
    const { font, layout } = shapingFont();
    font.layout('ord');
    (font.layout as (text: string, features: unknown) => unknown)('ord', ['liga']);
    expect(layout).toHaveBeenCalledTimes(2);
  });
});
