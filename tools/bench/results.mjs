// Benchmark results: a table per benchmark on the terminal, and every figure as JSON under bench/results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from '../infra/settings.mjs';

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** What the figures were measured on: they mean little without it. */
export function machine() {
  const list = cpus();
  return {
    cpuCount: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** The commit measured, and whether the checkout differed from it (earlier runs' result files not counted). */
export function commit() {
  const changes = git(['status', '--porcelain', '--', '.', ':(exclude)bench/results']) ?? '';
  return { commit: git(['rev-parse', 'HEAD']) ?? 'unknown', uncommittedChanges: changes !== '' };
}

/** Prints one benchmark's table: a title, a header row and right-aligned figures. */
export function printTable({ title, columns, rows, notes = [] }) {
  const cells = [columns, ...rows].map((row) => row.map((cell) => String(cell ?? '–')));
  const widths = columns.map((_column, index) => Math.max(...cells.map((row) => row[index].length)));
  const line = (row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}

/** Writes the run as bench/results/<time>-<mode>.json and returns the path. */
export function writeResults(run, directory = join(root, 'bench', 'results')) {
  mkdirSync(directory, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  const file = join(directory, `${stamp}-${run.mode}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}
