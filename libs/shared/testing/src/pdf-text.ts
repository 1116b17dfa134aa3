// Test helper: the text of a PDF, page by page, as a reader's copy-and-paste would give it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');

// unpdf loads PDF.js with a dynamic ES-module import, which jest's CommonJS sandbox cannot run,
// so the text is extracted by a plain node process.
const EXTRACT = `
import { extractText, getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { text } = await extractText(pdf, { mergePages: false });
process.stdout.write(JSON.stringify(text));
`;

/** The text of each page of a PDF. */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return runExtraction(EXTRACT, pdf) as Promise<string[]>;
}

/** Runs an extraction script in a plain node process with the PDF on its standard input; its JSON output. */
function runExtraction(script: string, pdf: Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: WORKSPACE_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Text extraction failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')));
    });
    child.stdin.end(pdf);
  });
}

/** The text of a whole PDF, pages joined by a form feed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\f');
}

/** The PDF's page count, read from its page tree (cheap even for a thousand pages). */
export function pdfPageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s+\/Count (\d+)/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('No page tree found in the PDF.');
  return Number(match[1]);
}

/** Text with every run of whitespace as one space, so wrapped lines can be matched as sentences. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A run of text as PDF.js places it: its text and where it starts (x, y of the baseline; points from the bottom left). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A page's size and its runs of text, in the order of the content stream. */
export interface PlacedPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PlacedText[];
}

const PLACE = `
import { getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const [left, bottom, right, top] = page.view;
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item && item.str.trim() !== '')
    .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width }));
  pages.push({ width: right - left, height: top - bottom, items });
}
process.stdout.write(JSON.stringify(pages));
`;

/** Every page's runs of text with their positions (PDF.js getTextContent), to check where a figure was drawn. */
export function pdfPlacedText(pdf: Buffer): Promise<PlacedPage[]> {
  return runExtraction(PLACE, pdf) as Promise<PlacedPage[]>;
}
