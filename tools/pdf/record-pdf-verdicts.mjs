#!/usr/bin/env node
// Records veraPDF's verdict on today's renderer: renders every report of the registry from the demo round, validates
// them in one veraPDF run (PDF/UA-1, PDF/A-2a/b/u) and writes libs/reporting/bilag/src/conformance/pdf-verdicts.ts,
// which the reporting service serves as each report's conformance statement (the services run no Java).
// bilag-conformance.int-spec.ts fails when the recorded verdict no longer matches what veraPDF says: then run this again.
// Usage: node tools/pdf/record-pdf-verdicts.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTs } from '../infra/load-ts.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { runBin } from '../infra/run.mjs';
import { root } from '../infra/settings.mjs';
import { PROFILES, validatePdfs } from './verapdf.mjs';

const target = join(root, 'libs', 'reporting', 'bilag', 'src', 'conformance', 'pdf-verdicts.ts');

await runMain(async () => {
  const { recordVerdicts, renderVerdictSample } = loadTs('libs/reporting/bilag/src/conformance/verdict-sample.ts');
  step('Rendering every report of the demo round with the current renderer');
  const sample = await renderVerdictSample();
  const folder = mkdtempSync(join(tmpdir(), 'budgetflow-verdicts-'));
  try {
    const files = sample.map(({ key }) => join(folder, `${key}.pdf`));
    sample.forEach(({ pdf }, index) => writeFileSync(files[index], pdf));
    step(`Validating ${files.length} PDFs against ${PROFILES.join(', ')} (one veraPDF run)`);
    const results = await validatePdfs(files, PROFILES);
    const checkedOn = new Date().toISOString().slice(0, 10);
    const record = recordVerdicts(sample, (key) => results.filter((result) => result.file === join(folder, `${key}.pdf`)), checkedOn);
    writeFileSync(
      target,
      [
        '// Written by `node tools/pdf/record-pdf-verdicts.mjs` from veraPDF’s run on the current renderer: do not edit by hand.',
        '// bilag-conformance.int-spec.ts fails when veraPDF’s verdict on the renderer no longer matches this record.',
        "import { RecordedVerdicts } from './recorded-verdicts';",
        '',
        `export const PDF_VERDICTS: RecordedVerdicts = ${JSON.stringify(record, null, 2)};`,
        '',
      ].join('\n'),
    );
    if (runBin('prettier', ['--write', '--log-level=warn', target]) !== 0) fail('prettier could not format the recorded verdicts.');
    for (const [key, verdict] of Object.entries(record.reports)) {
      const summary = Object.entries(verdict.profiles).map(
        ([profile, { passed, failedRules }]) => `${profile} ${passed ? 'passed' : `failed (${failedRules.length} rules)`}`,
      );
      console.log(`  ${key}: ${summary.join(', ')}`);
    }
    ok(`Recorded veraPDF ${record.veraPdfVersion}'s verdict of ${checkedOn} in ${target.slice(root.length + 1)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
