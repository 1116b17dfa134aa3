#!/usr/bin/env node
// veraPDF, the reference validator for PDF/A and PDF/UA: fetched from Maven Central on first use (like the Kafka jars),
// cached in .infra/verapdf-<version>, and run as ONE Java process over all the files and profiles it is given.
// API: validatePdfs(files, profiles) → [{ file, profile, passed, error?, failedRules: [{ clause, testNumber, description, count }], veraPdfVersion }]
// CLI: node tools/pdf/verapdf.mjs [--profile PDF/UA-1]... [--json] <file.pdf>...   (exit code 1 when a file fails)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { loadSettings, root } from '../infra/settings.mjs';

const settings = loadSettings();
const version = settings.VERAPDF_VERSION;
const home = join(root, '.infra', `verapdf-${version}`);
const libs = join(home, 'libs');
const source = join(root, 'tools', 'pdf', 'verapdf', 'VeraPdfBatch.java');

/** The profiles we validate against, by their standard's name, with veraPDF's flavour id. */
export const PROFILE_FLAVOURS = { 'PDF/UA-1': 'ua1', 'PDF/A-2a': '2a', 'PDF/A-2b': '2b', 'PDF/A-2u': '2u' };
export const PROFILES = Object.keys(PROFILE_FLAVOURS);
const profileOfFlavour = Object.fromEntries(Object.entries(PROFILE_FLAVOURS).map(([profile, flavour]) => [flavour, profile]));

function hasCommand(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Writes a folder under a temporary name and renames it into place, so that parallel first runs never see half of it. */
function buildAtomically(target, build) {
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    build(temporary);
    try {
      renameSync(temporary, target);
    } catch (error) {
      // Another process got there first with the same content.
      if (!existsSync(target)) throw error;
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

function fetchJars() {
  if (existsSync(libs)) return;
  if (!hasCommand('mvn', ['-v'])) {
    fail('Apache Maven (mvn) is needed once to fetch veraPDF from Maven Central. Install it (e.g. `apt-get install maven`) and run again.');
  }
  step(`Fetching veraPDF ${version} (org.verapdf:validation-model) from Maven Central into .infra/verapdf-${version}/libs (first run only)`);
  buildAtomically(libs, (folder) => {
    const result = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        '-Dstyle.color=never',
        '-f',
        join(root, 'tools', 'pdf', 'verapdf', 'pom.xml'),
        `-Dverapdf.version=${version}`,
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        `-DoutputDirectory=${folder}`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (result.status !== 0 || !existsSync(join(folder, `validation-model-${version}.jar`))) {
      fail(`Could not fetch veraPDF ${version} with Maven (see its output above). Is Maven Central reachable?`);
    }
  });
  ok(`Fetched ${readdirSync(libs).length} veraPDF jars`);
}

/** Our batch runner, compiled once per version of its source (the folder's name is the source's hash). */
function compileRunner() {
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12);
  const classes = join(home, `classes-${hash}`);
  if (existsSync(classes)) return classes;
  if (!hasCommand('javac', ['-version']))
    fail('javac (a Java 17 JDK) is needed once to compile the veraPDF runner. Install one (e.g. `apt-get install openjdk-17-jdk-headless`).');
  buildAtomically(classes, (folder) => {
    const result = spawnSync('javac', ['-cp', `${libs}/*`, '-d', folder, source], { encoding: 'utf8' });
    if (result.status !== 0) fail(`Compiling tools/pdf/verapdf/VeraPdfBatch.java failed:\n${result.stdout}${result.stderr}`);
  });
  return classes;
}

/** Fetches and compiles what is missing; returns the Java class path. */
export function ensureVeraPdf() {
  if (!hasCommand('java', ['-version'])) fail('Java 17 or newer is needed to run veraPDF. Install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`).');
  mkdirSync(home, { recursive: true });
  fetchJars();
  return `${libs}/*:${compileRunner()}`;
}

function flavoursOf(profiles) {
  if (!Array.isArray(profiles) || profiles.length === 0) fail(`Name at least one profile: ${PROFILES.join(', ')}.`);
  return profiles.map((profile) => PROFILE_FLAVOURS[profile] ?? fail(`Unknown profile "${profile}": use one of ${PROFILES.join(', ')}.`));
}

/**
 * Validates every file against every profile in one Java process. A file veraPDF cannot read (not a PDF, encrypted)
 * comes back as passed: false with `error`; a missing file, Java or Maven throws before anything runs.
 */
export async function validatePdfs(files, profiles = PROFILES) {
  const flavours = flavoursOf(profiles);
  if (files.length === 0) return [];
  const paths = files.map((file) => resolve(file));
  const missing = paths.filter((file) => !existsSync(file));
  if (missing.length) fail(`No such file: ${missing.join(', ')}`);
  const classPath = ensureVeraPdf();
  const output = await new Promise((done, reject) => {
    const child = spawn('java', [`-Xmx${settings.VERAPDF_HEAP}`, '-cp', classPath, 'VeraPdfBatch', flavours.join(','), ...paths], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) reject(new Error(`veraPDF exited with code ${code}${stderr ? `:\n${stderr.split('\n').slice(-20).join('\n')}` : ''}`));
      else done(Buffer.concat(out).toString('utf8'));
    });
  });
  const [header, ...lines] = output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  return lines.map(({ file, flavour, passed = false, failedRules = [], error }) => ({
    file: files[paths.indexOf(file)] ?? file,
    profile: profileOfFlavour[flavour],
    passed,
    ...(error ? { error } : {}),
    failedRules,
    veraPdfVersion: header.veraPdfVersion,
  }));
}

/** One line per failed rule, e.g. "7.1-3 (×12) Content shall be marked as Artifact or tagged as real content". */
export function describeFailures(result) {
  if (result.error) return [`veraPDF could not read the file: ${result.error}`];
  return result.failedRules.map((rule) => `${rule.clause}-${rule.testNumber} (×${rule.count}) ${rule.description}`);
}

function parseArguments(argv) {
  const usage = `Usage: node tools/pdf/verapdf.mjs [--profile ${PROFILES.join('|')}]... [--json] <file.pdf>...`;
  const options = { profiles: [], json: false, files: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--profile') {
      if (argv[index + 1] === undefined) fail(`--profile needs a value.\n${usage}`);
      options.profiles.push(argv[(index += 1)]);
    } else if (argument === '--json') options.json = true;
    else if (argument === '--help' || argument === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (argument.startsWith('--')) fail(`Unknown option ${argument}.\n${usage}`);
    else options.files.push(argument);
  }
  if (options.files.length === 0) fail(usage);
  if (options.profiles.length === 0) options.profiles = PROFILES;
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    const { profiles, json, files } = parseArguments(process.argv.slice(2));
    const results = await validatePdfs(files, profiles);
    if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else {
      console.log(`veraPDF ${results[0]?.veraPdfVersion ?? version}`);
      for (const result of results) {
        if (result.passed) ok(`${result.file}: ${result.profile} passed`);
        else
          console.log(
            `✗ ${result.file}: ${result.profile} failed\n${describeFailures(result)
              .map((line) => `    ${line}`)
              .join('\n')}`,
          );
      }
    }
    if (results.some((result) => !result.passed)) process.exitCode = 1;
  });
}
