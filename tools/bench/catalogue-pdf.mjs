// PDF rendering: the catalogue of generated rounds of growing size, by the bilag library (pdfmake) and, side by
// side, the same content as plain HTML printed by headless Chromium (--print-to-pdf), as many Node projects do.
// Each render runs in a fresh process: wall time from start to PDF on disk, peak memory, pages.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, step } from '../infra/log.mjs';
import { root } from '../infra/settings.mjs';
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

/** The catalogue rendered as the reporting service renders it: by its built render worker, in a fresh process. */
async function renderWithPdfmake(count, directory, { untagged = false } = {}) {
  const data = join(directory, `katalog-${count}.json`);
  const made = await measured(process.execPath, ['-r', '@swc-node/register', inputs, 'data', String(count), data], tsEnv);
  const { heapLimitMb } = JSON.parse(made.stdout.trim().split('\n').pop());
  const out = join(directory, `katalog-${count}${untagged ? '-untagged' : ''}.pdf`);
  const run = await measured(process.execPath, [inWorker, data, out, ...(heapLimitMb ? [String(heapLimitMb)] : []), ...(untagged ? ['--untagged'] : [])]);
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

// The targets at 1,000 proposals (issue 18): render time, peak memory of the process (its render worker included),
// and how many times faster than Chromium printing the same content, in every run.
const TARGET = { proposals: 1000, maxSeconds: 5, maxPeakMb: 512, minTimesFasterThanChromium: 5 };
// Tagging (issue 26) at the target size: tagged render time and file size against the untagged render of before.
const TAGGING_TARGET = { maxTimes: 1.5, maxSizeTimes: 3 };
// Chromium prints up to this size; beyond it only pdfmake's growth is measured (5,000 proposals would take Chromium minutes).
const CHROMIUM_UP_TO = 1000;

export async function run({ smoke }) {
  ensureChromium();
  const { buildServices } = await import('../infra/services.mjs');
  buildServices();
  // Beyond 3,996 proposals the generated round adds committees (a committee numbers its proposals up to 999).
  const sizes = smoke ? [2, 5] : [100, 1000, 5000];
  const directory = mkdtempSync(join(tmpdir(), 'budgetflow-bench-pdf-'));
  const profile = join(directory, 'chromium-profile');
  mkdirSync(profile);
  try {
    // Warm-up: file caches, Chromium's first-run profile; not reported.
    await renderWithPdfmake(sizes[0], directory);
    await renderWithChromium(sizes[0], directory, profile);
    const startupMs = await chromiumStartup(directory, profile);

    const measurements = [];
    for (const count of sizes) {
      step(`  catalogue of ${count} proposals`);
      const pdfmake = await renderWithPdfmake(count, directory);
      // The bilag are tagged (PDF/UA-1 + PDF/A-2a, issue 26); at the target size the untagged render of before too.
      const untagged = count === TARGET.proposals || (smoke && count === sizes.at(-1)) ? await renderWithPdfmake(count, directory, { untagged: true }) : null;
      if (count > CHROMIUM_UP_TO) {
        measurements.push({ proposals: count, pdfmake, untagged, chromium: null, chromiumToPdfmake: null, printingToRender: null });
        continue;
      }
      const chromium = await renderWithChromium(count, directory, profile);
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
          `tagged (PDF/UA-1 + PDF/A-2a) against untagged at ${proposals}: render ${seconds(pdfmake.renderMs)} vs ${seconds(untagged.renderMs)} s = ${(pdfmake.renderMs / untagged.renderMs).toFixed(2)}× (target ≤ ${TAGGING_TARGET.maxTimes}×); peak ${Math.round(pdfmake.peakMb)} vs ${Math.round(untagged.peakMb)} MB (target < ${TARGET.maxPeakMb}); file ${(pdfmake.bytes / 2 ** 20).toFixed(1)} vs ${(untagged.bytes / 2 ** 20).toFixed(1)} MB = ${(pdfmake.bytes / untagged.bytes).toFixed(2)}× (target ≤ ${TAGGING_TARGET.maxSizeTimes}×)`,
      );
    const atTarget = (proposals, text) => (proposals === TARGET.proposals ? text : '–');
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
      figures: {
        sizes,
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
        targets: { ...TARGET, tagging: TAGGING_TARGET },
      },
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
