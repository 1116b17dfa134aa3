// The recorded conformance verdict (pdf-verdicts.ts, served as each report's conformance statement) must be what
// veraPDF says of today's renderer: a renderer change that breaks or mends a rule fails here until it is recorded.
import { validatePdfBuffers } from '@budgetflow/testing';
import { PDF_VERDICTS } from './pdf-verdicts';
import { CHECKED_PROFILES } from './recorded-verdicts';
import { recordVerdicts, renderVerdictSample } from './verdict-sample';

describe('the recorded veraPDF verdict (pdf-verdicts.ts)', () => {
  it('matches what veraPDF says of every report of the current renderer (else: node tools/pdf/record-pdf-verdicts.mjs)', async () => {
    const sample = await renderVerdictSample();
    const results = await validatePdfBuffers(Object.fromEntries(sample.map(({ key, pdf }) => [key, pdf])), CHECKED_PROFILES);
    const now = recordVerdicts(sample, (key) => results.filter((result) => result.name === key), PDF_VERDICTS.checkedOn);
    expect(now).toEqual(PDF_VERDICTS);
  }, 180_000);
});
