// Chromium's tagged PDF for the PDF benchmark, as a team would make one with Playwright: Debian's Chromium opens the
// catalogue's HTML and prints it with page.pdf({ tagged: true, outline: true }) (structure tags and bookmarks).
//   node tools/bench/pdf/print-tagged-chromium.mjs <page.html> <out.pdf>
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const [html, out] = process.argv.slice(2);
if (!html || !out) throw new Error('Usage: print-tagged-chromium.mjs <page.html> <out.pdf>');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // As the command-line print: no sandbox, no GPU, no calls home.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  // The page's own @page rule (A4, margins, running header and footer) decides the paper, as in the command-line print.
  await page.pdf({ path: out, tagged: true, outline: true, preferCSSPageSize: true });
} finally {
  await browser.close();
}
