import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

/** The font family every bilag uses. */
export const FONT_FAMILY = 'Roboto';

/**
 * Roboto as shipped with pdfmake (it has æ, ø, å and the minus sign U+2212). Resolved from the
 * installed package, so the path holds for jest, ts scripts and the webpack-bundled service alike.
 */
export const FONT_DIRECTORY = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

/** A fresh font dictionary: pdfmake writes into the one it is given while resolving fonts. */
export function bilagFonts(): TFontDictionary {
  return {
    [FONT_FAMILY]: {
      normal: join(FONT_DIRECTORY, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIRECTORY, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIRECTORY, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIRECTORY, 'Roboto-MediumItalic.ttf'),
    },
  };
}
