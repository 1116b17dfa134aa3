#!/usr/bin/env node
// Renders pages of a PDF to PNG files with poppler's pdftoppm, to look at a bilag as a reader sees it.
// Usage: node tools/pdf/render-pages.mjs <file.pdf> [outDir] [--pages 1-2] [--dpi 110]
// Writes <outDir>/<name>-<page>.png (outDir defaults to the PDF's folder) and prints each path.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';

const USAGE = 'Usage: node tools/pdf/render-pages.mjs <file.pdf> [outDir] [--pages 1-2] [--dpi 110]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArguments(argv) {
  const positional = [];
  const options = { pages: null, dpi: 110 };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--pages' || argument === '--dpi') {
      const value = argv[index + 1];
      if (value === undefined) fail(`${argument} needs a value.\n${USAGE}`);
      options[argument.slice(2)] = value;
      index += 1;
    } else if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (argument.startsWith('--')) {
      fail(`Unknown option ${argument}.\n${USAGE}`);
    } else {
      positional.push(argument);
    }
  }
  const [file, outDir] = positional;
  if (!file || positional.length > 2) fail(USAGE);
  return { file: resolve(file), outDir: resolve(outDir ?? dirname(file)), ...options };
}

function pageRange(text) {
  if (text === null) return null;
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  if (!match || first < 1 || last < first) fail(`--pages must be a page or a range such as 1-2, not "${text}".`);
  return { first, last };
}

const { file, outDir, pages, dpi } = parseArguments(process.argv.slice(2));
const range = pageRange(pages);
if (!/^\d+$/.test(String(dpi))) fail(`--dpi must be a whole number, not "${dpi}".`);
if (!existsSync(file)) fail(`No such file: ${file}`);

// pdftoppm is not an npm package: it comes with poppler, so say how to get it rather than fail obscurely.
const probe = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
if (probe.error) {
  fail('pdftoppm was not found. Install poppler: apt-get install poppler-utils (macOS: brew install poppler).');
}

// pdftoppm pads page numbers to the document's page count; render into a scratch folder and rename.
const scratch = mkdtempSync(join(tmpdir(), 'render-pages-'));
try {
  const args = ['-png', '-r', String(dpi), ...(range ? ['-f', String(range.first), '-l', String(range.last)] : []), file, join(scratch, 'page')];
  const run = spawnSync('pdftoppm', args, { encoding: 'utf8' });
  if (run.status !== 0) fail(`pdftoppm failed (${run.status}): ${run.stderr.trim()}`);
  mkdirSync(outDir, { recursive: true });
  const name = basename(file, extname(file));
  const rendered = readdirSync(scratch)
    .map((entry) => ({ entry, page: Number(/^page-0*(\d+)\.png$/.exec(entry)?.[1]) }))
    .filter(({ page }) => Number.isInteger(page))
    .sort((a, b) => a.page - b.page);
  if (rendered.length === 0) fail(`No pages rendered${range ? ` in ${pages}` : ''}: does ${file} have those pages?`);
  for (const { entry, page } of rendered) {
    const target = join(outDir, `${name}-${page}.png`);
    // Copy, not rename: the scratch folder may be on another file system.
    copyFileSync(join(scratch, entry), target);
    console.log(target);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
