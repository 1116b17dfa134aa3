// PDF rendering: the catalogue of generated rounds of growing size, by the bilag library (pdfmake) and, side by
// side, the same content as plain HTML printed by headless Chromium (--print-to-pdf), as many Node projects do, and
// as a tagged PDF with bookmarks by Playwright (page.pdf({ tagged: true, outline: true })): the peer a team would reach
// for instead. Each render runs in a fresh process: wall time from start to PDF on disk, peak memory, pages, file
// size; and veraPDF's verdict (PDF/UA-1, PDF/A-2a) on every variant's file at the target size, in one veraPDF run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, step } from '../infra/log.mjs';
import { root } from '../infra/settings.mjs';
import { validatePdfs } from '../pdf/verapdf.mjs';
import { sampleTreeMemory } from './process-tree-memory.mjs';
import { growthExponent } from './statistics.mjs';

const CHROMIUM = '/usr/bin/chromium';
// As the environment notes advise: without these, Chromium tries to reach Google's servers on every start.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
  '--allow-file-access-from-files',
];

/** Debian's chromium package, installed on first use (the machine's package manager, as root). */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) fail(`Chromium is needed for the comparison: install Debian's package with \`sudo apt-get install chromium\`.`);
  step('Installing Chromium from Debian (apt-get install chromium; once)');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) fail('apt-get install chromium failed (see above).');
  }
  ok('Chromium installed');
}

/** Runs a command to completion, sampling its process tree's memory; resolves with wall time, peak memory and stdout. */
function measured(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = sampleTreeMemory(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const treePeakMb = memory.stop();
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ wallMs, treePeakMb, stdout });
    });
  });
}

async function pageCount(file) {
  const { getDocumentProxy } = await import('unpdf');
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  return document.numPages;
}

const tsEnv = { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') };
const inputs = join(root, 'tools', 'bench', 'pdf', 'render-catalogue.ts');
const inWorker = join(root, 'tools', 'bench', 'pdf', 'render-in-worker.mjs');

/**
 * The pdfmake variants: each is handed to the service's render worker with its job options; the variants table prints
 * their time, memory and size against the untagged line and against tagged Chromium, with the issue's targets.
 */
// The bilag are tagged (PDF/UA-1 + PDF/A-2a, issue 26): the first variant is what the service renders.
export const PDFMAKE_VARIANTS = [
  { name: 'tagged', job: { tagged: true } },
  { name: 'untagged', job: { tagged: false } },
];
// The profiles veraPDF judges every variant's file by (the standards the bilag claim).
const VERDICT_PROFILES = ['PDF/UA-1', 'PDF/A-2a'];

/** The catalogue rendered as the reporting service renders it: by its built render worker, in a fresh process. */
async function renderWithPdfmake(count, directory, variant = PDFMAKE_VARIANTS[0]) {
  const data = join(directory, `katalog-${count}.json`);
  const made = await measured(process.execPath, ['-r', '@swc-node/register', inputs, 'data', String(count), data], tsEnv);
  const { heapLimitMb } = JSON.parse(made.stdout.trim().split('\n').pop());
  const out = join(directory, `katalog-${count}-pdfmake-${variant.name}.pdf`);
  const run = await measured(process.execPath, [inWorker, data, out, heapLimitMb ? String(heapLimitMb) : 'none', JSON.stringify(variant.job)]);
  const inProcess = JSON.parse(run.stdout.trim().split('\n').pop());
  return {
    wallMs: run.wallMs,
    renderMs: inProcess.renderMs,
    peakMb: inProcess.peakRssMb,
    baselineMb: inProcess.baselineRssMb,
    heapLimitMb,
    pages: await pageCount(out),
    bytes: statSync(out).size,
    file: out,
  };
}

async function renderWithChromium(count, directory, profile) {
  const html = join(directory, `katalog-${count}.html`);
  await measured(process.execPath, ['-r', '@swc-node/register', inputs, 'html', String(count), html], tsEnv);
  const out = join(directory, `katalog-${count}-chromium.pdf`);
  const run = await measured(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--print-to-pdf=${out}`, `file://${html}`]);
  return { wallMs: run.wallMs, peakMb: run.treePeakMb, pages: await pageCount(out), bytes: statSync(out).size, file: out };
}

/** The same HTML printed tagged and with bookmarks by Playwright driving Debian's Chromium (its process tree measured). */
async function renderWithTaggedChromium(count, directory) {
  const html = join(directory, `katalog-${count}.html`);
  if (!existsSync(html)) await measured(process.execPath, ['-r', '@swc-node/register', inputs, 'html', String(count), html], tsEnv);
  const out = join(directory, `katalog-${count}-chromium-tagged.pdf`);
  const run = await measured(process.execPath, [join(root, 'tools', 'bench', 'pdf', 'print-tagged-chromium.mjs'), html, out]);
  return { wallMs: run.wallMs, peakMb: run.treePeakMb, pages: await pageCount(out), bytes: statSync(out).size, file: out };
}

/** Chromium's own start and exit: printing a one-line page (the best of three), to tell start-up from printing. */
async function chromiumStartup(directory, profile) {
  const html = join(directory, 'blank.html');
  writeFileSync(html, '<!doctype html><html lang="da"><body><p>Tom side</p></body></html>');
  const times = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    times.push(
      (await measured(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--print-to-pdf=${join(directory, 'blank.pdf')}`, `file://${html}`])).wallMs,
    );
  }
  return Math.min(...times);
}

// Issue 26's targets for a tagged pdfmake variant at 1,000 proposals, against the untagged one and tagged Chromium.
const TAGGED_TARGET = { maxTimeRatio: 1.5, maxPeakMb: 512, maxSizeRatio: 3 };

/** veraPDF's verdict in a few words: "passed", or the failed rules (the first three and how many more). */
function verdictText(result) {
  if (!result) return '–';
  if (result.error) return 'unreadable';
  if (result.passed) return 'passed';
  const rules = result.failedRules.map((rule) => `${rule.clause}-${rule.testNumber}`);
  return `failed: ${rules.slice(0, 3).join(' ')}${rules.length > 3 ? ` +${rules.length - 3}` : ''}`;
}

/** The variants table: every variant's time, peak, size and, at the verdict size, veraPDF's verdict and the targets. */
async function judgeVariants(variants, verdictSize) {
  const judged = variants.filter((variant) => variant.proposals === verdictSize);
  step(`  veraPDF on the ${judged.length} variants at ${verdictSize} proposals (${VERDICT_PROFILES.join(', ')}; one Java process)`);
  const started = performance.now();
  const results = await validatePdfs(
    judged.map((variant) => variant.file),
    VERDICT_PROFILES,
  );
  const veraPdfMs = performance.now() - started;
  const verdictOf = (variant, profile) => results.find((result) => result.file === variant.file && result.profile === profile);
  const untaggedOf = (variant) =>
    variants.find((other) => other.proposals === variant.proposals && other.renderer === 'pdfmake' && other.variant === 'untagged');
  const taggedChromiumOf = (variant) =>
    variants.find((other) => other.proposals === variant.proposals && other.renderer === 'Chromium' && other.variant === 'tagged');
  const rows = variants.map((variant) => {
    const untagged = untaggedOf(variant);
    const chromium = taggedChromiumOf(variant);
    const timeRatio = untagged ? variant.wallMs / untagged.wallMs : null;
    const sizeRatio = untagged ? variant.bytes / untagged.bytes : null;
    const againstChromium = chromium ? chromium.wallMs / variant.wallMs : null;
    const taggedPdfmake = variant.renderer === 'pdfmake' && variant.variant !== 'untagged';
    const targets = taggedPdfmake
      ? [
          timeRatio <= TAGGED_TARGET.maxTimeRatio ? 'time ✓' : 'time ✗',
          variant.peakMb < TAGGED_TARGET.maxPeakMb ? 'peak ✓' : 'peak ✗',
          sizeRatio <= TAGGED_TARGET.maxSizeRatio ? 'size ✓' : 'size ✗',
          againstChromium === null ? '' : againstChromium > 1 ? 'faster ✓' : 'faster ✗',
        ]
          .filter(Boolean)
          .join(' ')
      : '–';
    return {
      row: [
        variant.proposals,
        variant.renderer,
        variant.variant,
        (variant.wallMs / 1000).toFixed(2),
        Math.round(variant.peakMb),
        variant.pages,
        (variant.bytes / 2 ** 20).toFixed(2),
        variant.renderer === 'pdfmake' && timeRatio !== null ? `${timeRatio.toFixed(2)}×` : '–',
        variant.renderer === 'pdfmake' && sizeRatio !== null ? `${sizeRatio.toFixed(2)}×` : '–',
        variant.renderer === 'pdfmake' && againstChromium !== null ? `${againstChromium.toFixed(2)}×` : '–',
        verdictText(verdictOf(variant, 'PDF/UA-1')),
        verdictText(verdictOf(variant, 'PDF/A-2a')),
        targets,
      ],
      figure: {
        proposals: variant.proposals,
        renderer: variant.renderer,
        variant: variant.variant,
        wallMs: variant.wallMs,
        peakRssMb: variant.peakMb,
        pages: variant.pages,
        bytes: variant.bytes,
        timeToUntagged: timeRatio,
        sizeToUntagged: sizeRatio,
        taggedChromiumToThis: againstChromium,
        veraPdf: Object.fromEntries(
          VERDICT_PROFILES.map((profile) => {
            const result = verdictOf(variant, profile);
            return [profile, result ? { passed: result.passed, failedRules: result.failedRules.map((rule) => `${rule.clause}-${rule.testNumber}`) } : null];
          }),
        ),
      },
    };
  });
  return {
    table: {
      title: `Catalogue PDF variants (issue 26: a tagged pdfmake variant at ${TARGET.proposals} proposals ≤ ${TAGGED_TARGET.maxTimeRatio}× the untagged time, peak < ${TAGGED_TARGET.maxPeakMb} MB, file ≤ ${TAGGED_TARGET.maxSizeRatio}× the untagged size, faster than tagged Chromium)`,
      columns: [
        'proposals',
        'renderer',
        'variant',
        's',
        'peak MB',
        'pages',
        'file MB',
        '× untagged s',
        '× untagged size',
        'tagged Chromium ÷ this',
        'veraPDF PDF/UA-1',
        'veraPDF PDF/A-2a',
        'targets',
      ],
      rows: rows.map(({ row }) => row),
      notes: [
        `pdfmake variants: ${PDFMAKE_VARIANTS.map((variant) => `${variant.name} ${JSON.stringify(variant.job)}`).join(', ')} (tools/bench/catalogue-pdf.mjs PDFMAKE_VARIANTS; a tagged variant is one line there)`,
        'Chromium: command line = chromium --headless --print-to-pdf; tagged = Playwright page.pdf({ tagged: true, outline: true }), its peak summed over node and Chromium',
        `veraPDF ${results[0]?.veraPdfVersion ?? ''} judged the files at ${verdictSize} proposals in ${(veraPdfMs / 1000).toFixed(1)} s (one Java process); failed: the first three broken rules, +n more`,
      ],
    },
    figures: { verdictSize, veraPdfVersion: results[0]?.veraPdfVersion ?? null, veraPdfMs, targets: TAGGED_TARGET, rows: rows.map(({ figure }) => figure) },
  };
}

// The targets at 1,000 proposals (issue 18): render time, peak memory of the process (its render worker included),
// and how many times faster than Chromium printing the same content, in every run.
const TARGET = { proposals: 1000, maxSeconds: 5, maxPeakMb: 512, minTimesFasterThanChromium: 5 };
// Chromium prints up to this size; beyond it only pdfmake's growth is measured (5,000 proposals would take Chromium minutes).
const CHROMIUM_UP_TO = 1000;

/** BENCH_PDF_SIZES=100,300 measures other sizes (e.g. a moderate run on a shared machine); veraPDF judges the largest ≤ 1,000. */
function sizesToMeasure(smoke) {
  if (smoke) return [2, 5];
  const asked = process.env.BENCH_PDF_SIZES;
  if (!asked) return [100, 1000, 5000];
  const sizes = asked.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) fail(`BENCH_PDF_SIZES must be whole numbers separated by commas, not "${asked}".`);
  return sizes;
}

export async function run({ smoke }) {
  ensureChromium();
  const { buildServices } = await import('../infra/services.mjs');
  buildServices();
  // Beyond 3,996 proposals the generated round adds committees (a committee numbers its proposals up to 999).
  const sizes = sizesToMeasure(smoke);
  // The size whose files veraPDF judges and whose variants are held against the issue's targets.
  const verdictSize = Math.max(...sizes.filter((size) => size <= CHROMIUM_UP_TO));
  const directory = mkdtempSync(join(tmpdir(), 'budgetflow-bench-pdf-'));
  const profile = join(directory, 'chromium-profile');
  mkdirSync(profile);
  try {
    // Warm-up: file caches, Chromium's first-run profile; not reported.
    await renderWithPdfmake(sizes[0], directory);
    await renderWithChromium(sizes[0], directory, profile);
    const startupMs = await chromiumStartup(directory, profile);

    const measurements = [];
    const variants = [];
    for (const count of sizes) {
      step(`  catalogue of ${count} proposals`);
      const pdfmake = await renderWithPdfmake(count, directory);
      variants.push({ proposals: count, renderer: 'pdfmake', variant: PDFMAKE_VARIANTS[0].name, ...pdfmake });
      let untagged = null;
      for (const variant of PDFMAKE_VARIANTS.slice(1)) {
        const measured = await renderWithPdfmake(count, directory, variant);
        variants.push({ proposals: count, renderer: 'pdfmake', variant: variant.name, ...measured });
        if (variant.name === 'untagged') untagged = measured;
      }
      if (count > CHROMIUM_UP_TO) {
        measurements.push({ proposals: count, pdfmake, untagged, chromium: null, chromiumToPdfmake: null, printingToRender: null });
        continue;
      }
      const chromium = await renderWithChromium(count, directory, profile);
      variants.push({ proposals: count, renderer: 'Chromium', variant: 'command line', ...chromium });
      variants.push({ proposals: count, renderer: 'Chromium', variant: 'tagged', ...(await renderWithTaggedChromium(count, directory)) });
      const printingMs = Math.max(0, chromium.wallMs - startupMs);
      measurements.push({
        proposals: count,
        pdfmake,
        untagged,
        chromium: { ...chromium, printingMs },
        chromiumToPdfmake: chromium.wallMs / pdfmake.wallMs,
        printingToRender: printingMs / pdfmake.renderMs,
      });
    }
    // How the work grows between sizes (1 = linear): pdfmake's render and peak above its baseline, Chromium's printing.
    const growth = (value) =>
      measurements
        .slice(1)
        .map((current, index) => [measurements[index], current])
        .filter(([before, after]) => value(before) !== null && value(after) !== null)
        .map(([before, after]) => growthExponent(before.proposals, value(before), after.proposals, value(after)));
    const seconds = (ms) => (ms / 1000).toFixed(2);
    const tagging = measurements
      .filter((m) => m.untagged)
      .map(
        ({ proposals, pdfmake, untagged }) =>
          `tagged (PDF/UA-1 + PDF/A-2a) against untagged at ${proposals}: render ${seconds(pdfmake.renderMs)} vs ${seconds(untagged.renderMs)} s = ${(pdfmake.renderMs / untagged.renderMs).toFixed(2)}× (target ≤ ${TAGGED_TARGET.maxTimeRatio}×); peak ${Math.round(pdfmake.peakMb)} vs ${Math.round(untagged.peakMb)} MB (target < ${TARGET.maxPeakMb}); file ${(pdfmake.bytes / 2 ** 20).toFixed(1)} vs ${(untagged.bytes / 2 ** 20).toFixed(1)} MB = ${(pdfmake.bytes / untagged.bytes).toFixed(2)}× (target ≤ ${TAGGED_TARGET.maxSizeRatio}×)`,
      );
    const atTarget = (proposals, text) => (proposals === TARGET.proposals ? text : '–');
    const variantsTable = await judgeVariants(variants, verdictSize);
    const problems = measurements.flatMap(({ proposals, pdfmake, chromium }) =>
      pdfmake.pages > 0 && (chromium === null || chromium.pages > 0)
        ? []
        : [`the catalogue of ${proposals} proposals has no pages (pdfmake ${pdfmake.pages}, Chromium ${chromium?.pages})`],
    );
    return {
      title: `Catalogue PDF: the reporting service's render worker (pdfmake) vs. the same content as HTML printed by headless Chromium (targets at ${TARGET.proposals}: render < ${TARGET.maxSeconds} s, peak < ${TARGET.maxPeakMb} MB, ≥ ${TARGET.minTimesFasterThanChromium}× faster)`,
      columns: [
        'proposals',
        'pdfmake s',
        'render s',
        'of target',
        'peak MB',
        'of target',
        'before MB',
        'heap cap MB',
        'pages',
        'Chromium s',
        'less start-up s',
        'peak MB',
        'faster ×',
        'of target',
        'net ×',
      ],
      rows: measurements.map(({ proposals, pdfmake, chromium, chromiumToPdfmake, printingToRender }) => [
        proposals,
        seconds(pdfmake.wallMs),
        seconds(pdfmake.renderMs),
        atTarget(proposals, `${(pdfmake.renderMs / 1000 / TARGET.maxSeconds).toFixed(2)}`),
        Math.round(pdfmake.peakMb),
        atTarget(proposals, `${(pdfmake.peakMb / TARGET.maxPeakMb).toFixed(2)}`),
        Math.round(pdfmake.baselineMb),
        pdfmake.heapLimitMb ?? '–',
        pdfmake.pages,
        chromium ? seconds(chromium.wallMs) : '–',
        chromium ? seconds(chromium.printingMs) : '–',
        chromium ? Math.round(chromium.peakMb) : '–',
        chromiumToPdfmake === null ? '–' : `${chromiumToPdfmake.toFixed(2)}×`,
        chromiumToPdfmake === null ? '–' : atTarget(proposals, `${(chromiumToPdfmake / TARGET.minTimesFasterThanChromium).toFixed(2)}`),
        printingToRender === null ? '–' : `${printingToRender.toFixed(2)}×`,
      ]),
      notes: [
        ...tagging,
        'pdfmake s = its whole process (node, the bilag data read from JSON, the render worker started, the render, the file written); render = job sent to the worker until the PDF is back',
        `of target = figure ÷ target (render and peak: ≤ 1.00 meets it; faster: ≥ 1.00 meets it); Chromium up to ${CHROMIUM_UP_TO} proposals`,
        `peak MB: pdfmake its process's max RSS, the render worker thread included (before = after the data is read and the worker started); Chromium the sum over its processes, sampled every 25 ms`,
        `less start-up = Chromium's time minus printing a one-line page (${seconds(startupMs)} s); faster × = Chromium s ÷ pdfmake s; net × = Chromium less start-up ÷ render`,
        `growth exponent between sizes (1 = linear): render ${growth((m) => m.pdfmake.renderMs).join(', ')}; peak above baseline ${growth((m) => m.pdfmake.peakMb - m.pdfmake.baselineMb).join(', ')}; Chromium less start-up ${growth((m) => m.chromium?.printingMs ?? null).join(', ')}`,
      ],
      problems,
      moreTables: [variantsTable.table],
      figures: {
        sizes,
        variants: variantsTable.figures,
        chromiumStartupMs: startupMs,
        measurements: measurements.map(({ proposals, pdfmake, untagged, chromium, chromiumToPdfmake, printingToRender }) => ({
          proposals,
          pdfmake: {
            wallMs: pdfmake.wallMs,
            renderMs: pdfmake.renderMs,
            peakRssMb: pdfmake.peakMb,
            rssBeforeRenderMb: pdfmake.baselineMb,
            pages: pdfmake.pages,
            bytes: pdfmake.bytes,
          },
          untagged: untagged && { renderMs: untagged.renderMs, peakRssMb: untagged.peakMb, bytes: untagged.bytes, pages: untagged.pages },
          chromium: chromium && {
            wallMs: chromium.wallMs,
            printingMs: chromium.printingMs,
            treePeakRssMb: chromium.peakMb,
            pages: chromium.pages,
            bytes: chromium.bytes,
          },
          chromiumToPdfmake,
          printingToRender,
        })),
        growthExponent: {
          pdfmakeRender: growth((m) => m.pdfmake.renderMs),
          pdfmakePeakAboveBaseline: growth((m) => m.pdfmake.peakMb - m.pdfmake.baselineMb),
          chromiumLessStartup: growth((m) => m.chromium?.printingMs ?? null),
        },
        targets: { ...TARGET, tagging: TAGGED_TARGET },
      },
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
