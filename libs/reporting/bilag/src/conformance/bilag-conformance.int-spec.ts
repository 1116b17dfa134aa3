// Every report of the demo round (each proposal's fact sheet) and of a generated round of 150 proposals (every state,
// amended tables, empty cells, long texts, Danish letters; a fact sheet of each kind) is a PDF/UA-1 and PDF/A-2a file
// with no failed rule, by veraPDF (Java 17); and the recorded verdict (pdf-verdicts.ts, served as each report's
// conformance statement) is what veraPDF says of today's renderer. One veraPDF run serves both.
import { PdfVerdict, failedRuleIds, validatePdfBuffers } from '@budgetflow/testing';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { REPORT_REGISTRY } from '../report-registry';
import { renderReportPdf } from '../render';
import { demoBilagData } from '../testing/bilag-data.builder';
import { generatedRoundInEveryState } from '../testing/generated-round';
import { PDF_VERDICTS } from './pdf-verdicts';
import { CHECKED_PROFILES } from './recorded-verdicts';
import { recordVerdicts, renderVerdictSample } from './verdict-sample';

/**
 * A proposal of each kind the fact sheet prints differently: each state, amended or not, with and without a funding
 * source, and the one with the longest text (all of them in a round as small as the demo).
 */
function factSheetProposals(data: BilagData): BilagProposal[] {
  const kinds = new Map<string, BilagProposal>();
  for (const proposal of data.proposals) {
    const kind = `${proposal.state} ${proposal.decidedTable !== null} ${proposal.content.fundingSource !== null}`;
    if (!kinds.has(kind)) kinds.set(kind, proposal);
  }
  const length = (proposal: BilagProposal) => proposal.content.sections.reduce((sum, section) => sum + section.body.length, 0);
  const longest = [...data.proposals].sort((a, b) => length(b) - length(a))[0];
  return [...new Set([...kinds.values(), ...(longest ? [longest] : [])])];
}

/** The reports of a round: the round-wide ones (unless only fact sheets are asked for) and the fact sheets of `factSheets`. */
async function reportsOf(round: string, data: BilagData, factSheets: readonly BilagProposal[], onlyFactSheets = false): Promise<Record<string, Buffer>> {
  const pdfs: Record<string, Buffer> = {};
  for (const report of REPORT_REGISTRY) {
    if (onlyFactSheets && !report.perProposal) continue;
    const ids = report.perProposal ? factSheets.map((proposal) => proposal.id) : [''];
    for (const id of ids) pdfs[`${round} ${report.key}${id ? ` ${id}` : ''}`] = await renderReportPdf(report.key, data, id);
  }
  return pdfs;
}

/** The failed rules of each file that failed, by name (empty when all passed). */
function failures(verdicts: readonly (PdfVerdict & { name: string })[]): string[] {
  return verdicts
    .filter((verdict) => !verdict.passed)
    .map((verdict) => `${verdict.name} ${verdict.profile}: ${verdict.error ?? failedRuleIds(verdict).join(', ')}`);
}

describe('the bilag as PDF/UA-1 and PDF/A-2a (veraPDF)', () => {
  const demo = demoBilagData();
  const generated = generatedRoundInEveryState(150);
  const sheets = factSheetProposals(generated);
  let sample: Awaited<ReturnType<typeof renderVerdictSample>>;
  let verdicts: Array<PdfVerdict & { name: string }>;

  beforeAll(async () => {
    // The recorded verdict's sample: every report of the demo round, the fact sheet for its first proposal.
    sample = await renderVerdictSample(demo);
    // A round and region named with XML's special characters: the XMP metadata must stay well-formed.
    const named = { ...demo, round: { ...demo.round, round: { ...demo.round.round, name: 'Budget & <2026>', region: 'Region "Nord" & Co' } } };
    const pdfs = {
      ...Object.fromEntries(sample.map(({ key, pdf }) => [`sample ${key}`, pdf])),
      ...(await reportsOf('demo', demo, demo.proposals.slice(1), true)),
      ...(await reportsOf('generated', generated, sheets)),
      'named udmoentning': await renderReportPdf('udmoentning', named),
    };
    verdicts = await validatePdfBuffers(pdfs, CHECKED_PROFILES);
    expect(verdicts).toHaveLength(CHECKED_PROFILES.length * Object.keys(pdfs).length);
  }, 600_000);

  it('passes every report of the demo round and of a generated round of 150 proposals, with no failed rule', () => {
    // Every state of the domain that the generator makes, amended tables among them.
    expect(new Set(sheets.map((proposal) => proposal.state)).size).toBeGreaterThanOrEqual(6);
    expect(sheets.some((proposal) => proposal.decidedTable !== null)).toBe(true);
    expect(failures(verdicts.filter((verdict) => ['PDF/UA-1', 'PDF/A-2a'].includes(verdict.profile)))).toEqual([]);
  });

  it('matches the recorded verdict of every report (else: node tools/pdf/record-pdf-verdicts.mjs)', () => {
    const now = recordVerdicts(sample, (key) => verdicts.filter((verdict) => verdict.name === `sample ${key}`), PDF_VERDICTS.checkedOn);
    expect(now).toEqual(PDF_VERDICTS);
  });
});
