import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

/** The font family every bilag uses. */
export const FONT_FAMILY = 'Roboto';

// Not require.resolve: webpack (which bundles the services) turns it into a module id. __filename
// stays the running file, from which node finds the installed pdfmake (jest, scripts and bundle alike).
const resolveInstalled = createRequire(__filename).resolve;

/** Roboto as shipped with pdfmake: it has æ, ø, å and the minus sign U+2212. */
export const FONT_DIRECTORY = join(dirname(resolveInstalled('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

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
