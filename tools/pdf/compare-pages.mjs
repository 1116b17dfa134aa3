#!/usr/bin/env node
// Compares the page images of two sets of PDFs pixel by pixel, to show that a renderer change leaves the pages as they
// looked (issue 26: tagging must not move a pixel). Pages are rasterised by poppler's pdftoppm (Debian's poppler-utils,
// installed on first use as root), as greyscale PGM that this tool reads without an image library. The generation line
// («Dannet 23.11.2026 kl. 14.05 · dataversion 42»), which differs between any two renders, is found with pdftotext
// -bbox and masked on both sides.
//
// Usage:
//   node tools/pdf/compare-pages.mjs render <dir> [--generated-at <ISO time>] [--control]
//       renders every report of the demo round with the current renderer into <dir> (--control: with one proposal's
//       title changed, a deliberate difference to prove the comparison sees one)
//   node tools/pdf/compare-pages.mjs compare <before-dir|file.pdf> <after-dir|file.pdf> [--dpi 72] [--mask-line <regex>]...
//       pairs the PDFs by file name and prints, per page, how many pixels differ; exit code 1 when any page differs.
//       --mask-line masks further lines whose text matches (e.g. the catalogue cover's date, also the generation day)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTs } from '../infra/load-ts.mjs';
import { fail, ok, runMain, step, warn } from '../infra/log.mjs';

const USAGE = `Usage:
  node tools/pdf/compare-pages.mjs render <dir> [--generated-at <ISO time>] [--control]
  node tools/pdf/compare-pages.mjs compare <before-dir|file.pdf> <after-dir|file.pdf> [--dpi 72] [--mask-line <regex>]...`;

/** pdftoppm and pdftotext come with Debian's poppler-utils: installed on first use when we are root, else explained. */
export function ensurePoppler() {
  if (spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error === undefined) return;
  if (process.getuid?.() !== 0) fail('pdftoppm was not found: install poppler with `sudo apt-get install poppler-utils`.');
  step('Installing poppler-utils from Debian (apt-get install poppler-utils; once)');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) fail('apt-get install poppler-utils failed (see above).');
  }
  ok('poppler-utils installed');
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A binary greyscale PGM (P5, maxval 255) as { width, height, pixels }. */
export function readPgm(buffer) {
  let offset = 0;
  const tokens = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buffer[offset]))) offset += 1;
    if (buffer[offset] === 0x23) {
      while (buffer[offset] !== 0x0a) offset += 1;
      continue;
    }
    const start = offset;
    while (!/\s/.test(String.fromCharCode(buffer[offset]))) offset += 1;
    tokens.push(buffer.subarray(start, offset).toString('latin1'));
  }
  const [magic, width, height, maxval] = tokens;
  if (magic !== 'P5' || maxval !== '255') fail(`Not an 8-bit binary PGM (got ${magic}, maxval ${maxval})`);
  return { width: Number(width), height: Number(height), pixels: buffer.subarray(offset + 1) };
}

/** Every page of a PDF as a greyscale image at the given resolution. */
function rasterise(file, dpi, folder) {
  const prefix = join(folder, 'page');
  run('pdftoppm', ['-r', String(dpi), '-gray', file, prefix]);
  return readdirSync(folder)
    .filter((name) => name.startsWith('page-') && name.endsWith('.pgm'))
    .sort((a, b) => Number(/-(\d+)\.pgm$/.exec(a)[1]) - Number(/-(\d+)\.pgm$/.exec(b)[1]))
    .map((name) => readPgm(readFileSync(join(folder, name))));
}

/** The generation line, «Dannet 23.11.2026 kl. 14.05 · dataversion 42», which differs between any two renders. */
export const GENERATION_LINE = /^Dannet \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.\d{2} · dataversion /;

/** Per page, the bands (points from the top) of the text lines matching any pattern, from pdftotext's word boxes. */
export function maskedBands(file, patterns) {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const lines = new Map();
      for (const match of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const key = Math.round(Number(match[1]));
        const line = lines.get(key) ?? { top: Number(match[1]), bottom: Number(match[2]), words: [] };
        line.bottom = Math.max(line.bottom, Number(match[2]));
        line.words.push(match[3].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
        lines.set(key, line);
      }
      return [...lines.values()].filter((line) => patterns.some((pattern) => pattern.test(line.words.join(' '))));
    });
}

/** Paints a band (points, widened by 2 pt) white across a page image. */
function mask(image, band, dpi) {
  const scale = dpi / 72;
  const from = Math.max(0, Math.floor((band.top - 2) * scale));
  const to = Math.min(image.height, Math.ceil((band.bottom + 2) * scale));
  image.pixels.fill(255, from * image.width, to * image.width);
}

/** Per page: the number of pixels that differ (a page missing on one side counts all its pixels). */
export function comparePdfs(before, after, { dpi = 72, patterns = [GENERATION_LINE] } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'budgetflow-pages-'));
  try {
    mkdirSync(join(folder, 'a'));
    mkdirSync(join(folder, 'b'));
    const [pagesA, pagesB] = [rasterise(before, dpi, join(folder, 'a')), rasterise(after, dpi, join(folder, 'b'))];
    const [bandsA, bandsB] = [maskedBands(before, patterns), maskedBands(after, patterns)];
    const pages = [];
    for (let index = 0; index < Math.max(pagesA.length, pagesB.length); index += 1) {
      const [a, b] = [pagesA[index], pagesB[index]];
      if (!a || !b) {
        const only = a ?? b;
        pages.push({ page: index + 1, differing: only.width * only.height, total: only.width * only.height, note: `only in ${a ? 'before' : 'after'}` });
        continue;
      }
      for (const band of bandsA[index] ?? []) mask(a, band, dpi);
      for (const band of bandsB[index] ?? []) mask(b, band, dpi);
      if (a.width !== b.width || a.height !== b.height) {
        pages.push({
          page: index + 1,
          differing: a.width * a.height,
          total: a.width * a.height,
          note: `size ${a.width}×${a.height} against ${b.width}×${b.height}`,
        });
        continue;
      }
      let differing = 0;
      for (let pixel = 0; pixel < a.pixels.length; pixel += 1) if (a.pixels[pixel] !== b.pixels[pixel]) differing += 1;
      const masked = (bandsA[index]?.length ?? 0) + (bandsB[index]?.length ?? 0);
      pages.push({ page: index + 1, differing, total: a.pixels.length, ...(masked ? { note: `${masked} masked line(s)` } : {}) });
    }
    return pages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function pdfsIn(path) {
  if (!existsSync(path)) fail(`No such file or folder: ${path}`);
  if (statSync(path).isFile()) return new Map([[basename(path), path]]);
  return new Map(
    readdirSync(path)
      .filter((name) => name.endsWith('.pdf'))
      .sort()
      .map((name) => [name, join(path, name)]),
  );
}

function compareCommand(beforePath, afterPath, dpi, patterns) {
  ensurePoppler();
  const [before, after] = [pdfsIn(resolve(beforePath)), pdfsIn(resolve(afterPath))];
  const pairs =
    before.size === 1 && after.size === 1
      ? [[[...before.keys()][0], [...before.values()][0], [...after.values()][0]]]
      : [...before].map(([name, file]) => [name, file, after.get(name)]);
  let differences = 0;
  for (const name of [...after.keys()].filter((candidate) => !before.has(candidate) && pairs.length > 1)) {
    warn(`${name}: only in ${afterPath}`);
    differences += 1;
  }
  for (const [name, fileA, fileB] of pairs) {
    if (!fileB) {
      warn(`${name}: only in ${beforePath}`);
      differences += 1;
      continue;
    }
    const pages = comparePdfs(fileA, fileB, { dpi, patterns });
    const changed = pages.filter((page) => page.differing > 0);
    differences += changed.length;
    console.log(`${name}: ${pages.length} pages, ${changed.length === 0 ? 'all identical' : `${changed.length} differ`}`);
    for (const page of pages) {
      const share = ((page.differing / page.total) * 100).toFixed(3);
      console.log(`  page ${page.page}: ${page.differing} of ${page.total} pixels differ (${share} %)${page.note ? `; ${page.note}` : ''}`);
    }
  }
  if (differences > 0) {
    process.exitCode = 1;
    warn(`${differences} page(s) or file(s) differ at ${dpi} dpi`);
  } else ok(`Every page of ${pairs.length} PDF(s) is identical at ${dpi} dpi (masked: ${patterns.map(String).join(', ')})`);
}

async function renderCommand(directory, generatedAt, control) {
  const { renderVerdictSample } = loadTs('libs/reporting/bilag/src/conformance/verdict-sample.ts');
  const { demoBilagData } = loadTs('libs/reporting/bilag/src/testing/bilag-data.builder.ts');
  let data = demoBilagData();
  if (generatedAt) {
    if (Number.isNaN(Date.parse(generatedAt))) fail(`--generated-at must be an ISO time such as 2026-12-06T10:00:00Z, not "${generatedAt}".`);
    data = { ...data, generatedAt: new Date(generatedAt) };
  }
  if (control) {
    const [first, ...rest] = data.proposals;
    data = { ...data, proposals: [{ ...first, content: { ...first.content, title: `${first.content.title} (ændret til kontrol)` } }, ...rest] };
  }
  mkdirSync(directory, { recursive: true });
  for (const { key, pdf } of await renderVerdictSample(data)) writeFileSync(join(directory, `${key}.pdf`), pdf);
  ok(`Rendered the demo round's reports into ${directory}${control ? ' (control: one title changed)' : ''}`);
}

function option(args, name) {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value.\n${USAGE}`);
  args.splice(index, 2);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    const args = process.argv.slice(2);
    const command = args.shift();
    if (command === 'render') {
      const generatedAt = option(args, '--generated-at');
      const control = args.includes('--control');
      const [directory, ...rest] = args.filter((arg) => arg !== '--control');
      if (!directory || rest.length > 0) fail(USAGE);
      await renderCommand(resolve(directory), generatedAt, control);
    } else if (command === 'compare') {
      const dpi = Number(option(args, '--dpi') ?? 72);
      const patterns = [GENERATION_LINE];
      for (let text = option(args, '--mask-line'); text !== undefined; text = option(args, '--mask-line')) patterns.push(new RegExp(text));
      if (!Number.isInteger(dpi) || dpi < 10 || dpi > 600) fail(`--dpi must be a whole number from 10 to 600.\n${USAGE}`);
      if (args.length !== 2) fail(USAGE);
      compareCommand(args[0], args[1], dpi, patterns);
    } else fail(USAGE);
  });
}
