// pdfkit shapes every word with fontkit (OpenType substitution and positioning: a quarter of a frame status's render)
// and remembers the result per document only. A parsed font is shared by every document of the process (see
// parsed-fonts.ts), so the shaping of a word is remembered with the font: each document gets its own copy of the
// positions, which pdfkit scales in place. Same bytes out (see the spec).

/** fontkit's shaping result, as far as pdfkit reads it. */
interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
  readonly advanceWidth: number;
}

interface ShapingFont {
  layout(text: string, ...options: unknown[]): GlyphRun;
}

// Words of one font remembered at most; a catalogue of a thousand proposals needs a few thousand.
const MAX_REMEMBERED = 50_000;
// Longer texts are not words a document repeats (a word of a whole section, the lines it is broken into): remembered
// they would only hold megabytes of positions for good.
export const MAX_REMEMBERED_LENGTH = 64;

/** Makes the font remember the shaping of each text it lays out without extra options (as pdfkit asks for words). */
export function rememberLayouts<F>(font: F): F {
  const shaping = font as unknown as ShapingFont;
  if (typeof shaping?.layout !== 'function') return font;
  const layout = shaping.layout.bind(shaping);
  const remembered = new Map<string, GlyphRun>();
  shaping.layout = (text: string, ...options: unknown[]) => {
    if (text.length > MAX_REMEMBERED_LENGTH || options.some((option) => option !== undefined)) return layout(text, ...options);
    let run = remembered.get(text);
    if (!run) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      run = layout(text);
      remembered.set(text, run);
    }
    return copyOf(run);
  };
  return font;
}

// The glyphs are only read; the positions are scaled by the caller, so each caller gets its own.
function copyOf(run: GlyphRun): GlyphRun {
  const positions = run.positions.map((position) => ({ ...position }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position['xAdvance'] ?? 0;
      return width;
    },
  };
}
