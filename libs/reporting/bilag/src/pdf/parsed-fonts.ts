// pdfkit parses the TrueType font anew for every document (fontkit.create on the file's bytes) before it draws a
// word: for a frame status of a few pages a large part of the render. A parsed font is only read afterwards (each
// document makes its own subset of it), so one parse per font file serves every document of the process. fontkit's
// exports cannot be redefined, so pdfkit is handed a copy whose `create` remembers what it parsed; this module must
// load before pdfkit (render-to-buffer imports it first). Same bytes out (see the spec).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { rememberLayouts } from './remembered-layouts';

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

// Node's own require (not the bundler's): its cache is the one pdfkit's require reads.
const nodeRequire = createRequire(__filename);
const pdfkitPath = nodeRequire.resolve('pdfkit');
// fontkit as pdfkit resolves it.
const fontkitPath = nodeRequire.resolve('fontkit', { paths: [dirname(pdfkitPath)] });

/** fontkit.create that parses each font file (by its bytes and the face asked for) once. */
export function memoizedCreate(create: Create): Create {
  const parsed = new Map<string, unknown>();
  return (buffer, postscriptName) => {
    const key = `${postscriptName ?? ''}\u0000${createHash('sha256').update(buffer).digest('hex')}`;
    if (!parsed.has(key)) parsed.set(key, rememberLayouts(withCharactersKept(create(buffer, postscriptName))));
    return parsed.get(key);
  };
}

/** A parsed font as far as its glyph cache goes: fontkit keeps one glyph object per id, with the characters it was first asked for. */
interface GlyphCache {
  getGlyph(id: number, characters?: number[]): { readonly codePoints: readonly number[] } | null;
  readonly _glyphs: Record<number, { readonly codePoints: readonly number[] } | undefined>;
}

/**
 * A document's subset reads the glyphs it draws only as components of others (the comma inside «;») without their
 * characters, and fontkit keeps that glyph for good; shared, the font would then give every later document that comma
 * without its character, so its text (ToUnicode) would lose every comma. Such a glyph is made again when it is first
 * asked for with its characters.
 */
export function withCharactersKept<F>(font: F): F {
  const cache = font as unknown as GlyphCache;
  if (typeof cache?.getGlyph !== 'function' || typeof cache._glyphs !== 'object') return font;
  const getGlyph = cache.getGlyph.bind(cache);
  cache.getGlyph = (id, characters = []) => {
    if (characters.length > 0 && cache._glyphs[id]?.codePoints.length === 0) delete cache._glyphs[id];
    return getGlyph(id, characters);
  };
  return font;
}

/** True when pdfkit reads fonts through the memoized create (false when pdfkit was loaded before this module). */
export const fontsParsedOnce: boolean = (() => {
  if (nodeRequire.cache[pdfkitPath]) return false;
  const fontkit = nodeRequire(fontkitPath) as { create: Create };
  const entry = nodeRequire.cache[fontkitPath];
  if (!entry) return false;
  entry.exports = { ...fontkit, create: memoizedCreate(fontkit.create) };
  return true;
})();
