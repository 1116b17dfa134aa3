// First: pdfkit must find fontkit's memoized copy when pdfmake loads it.
import './parsed-fonts';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { boundColumnWidths } from './bounded-columns';
import { breakLongWordsCheaply } from './broken-words';
import { cacheNamedStyles } from './cached-style-lookup';
import { FONT_DIRECTORY, bilagFonts } from './fonts';
import { joinInlinesWhenLaidOut } from './joined-inlines';
import { keepLongBlocks } from './multi-page-blocks';

// pdfmake exports one instance (module.exports = new pdfmake()) whose methods need it as `this`;
// a namespace import would copy the methods off it, so the module object itself is required.
import pdfmake = require('pdfmake');

/**
 * Hooks pdfmake's layout (once per process). The tagged renderer must hook after these, so that its own hooks wrap
 * them: a line the broken-word hook builds itself then gets its structure element too.
 */
export function hookLayout(): void {
  joinInlinesWhenLaidOut();
  cacheNamedStyles();
  breakLongWordsCheaply();
  boundColumnWidths();
  keepLongBlocks();
}

/** Renders a document definition to PDF bytes with the bilag fonts and no access to URLs or other files. */
export async function renderToBuffer(document: TDocumentDefinitions): Promise<Buffer> {
  // Set on every call: the instance is shared by the whole process, and createPdf reads it synchronously.
  pdfmake.setFonts(bilagFonts());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIRECTORY));
  hookLayout();
  return pdfmake.createPdf(document).getBuffer();
}
