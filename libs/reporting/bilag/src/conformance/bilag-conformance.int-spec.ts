// Every report of the demo round (each proposal's fact sheet) and of a generated round of 150 proposals (every state,
// amended tables, empty cells, long texts, Danish letters; a fact sheet of each kind) is a PDF/UA-1 and PDF/A-2a file
// with no failed rule, by veraPDF (Java 17; one run for all files).
import { PdfVerdict, failedRuleIds, validatePdfBuffers } from '@budgetflow/testing';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { REPORT_REGISTRY } from '../report-registry';
import { renderReportPdf } from '../render';
import { demoBilagData } from '../testing/bilag-data.builder';
import { generatedRoundInEveryState } from '../testing/generated-round';

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

/** The reports of a round: the round-wide ones and the fact sheets of `factSheets`. */
async function reportsOf(round: string, data: BilagData, factSheets: readonly BilagProposal[]): Promise<Record<string, Buffer>> {
  const pdfs: Record<string, Buffer> = {};
  for (const report of REPORT_REGISTRY) {
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
  it('passes every report of the demo round and of a generated round of 150 proposals, with no failed rule', async () => {
    const demo = demoBilagData();
    const generated = generatedRoundInEveryState(150);
    const sheets = factSheetProposals(generated);
    // Every state of the domain that the generator makes, amended tables among them.
    expect(new Set(sheets.map((proposal) => proposal.state)).size).toBeGreaterThanOrEqual(6);
    expect(sheets.some((proposal) => proposal.decidedTable !== null)).toBe(true);
    // A round and region named with XML's special characters: the XMP metadata must stay well-formed.
    const named = { ...demo, round: { ...demo.round, round: { ...demo.round.round, name: 'Budget & <2026>', region: 'Region "Nord" & Co' } } };
    const pdfs = {
      ...(await reportsOf('demo', demo, demo.proposals)),
      ...(await reportsOf('generated', generated, sheets)),
      'named udmoentning': await renderReportPdf('udmoentning', named),
    };
    const verdicts = await validatePdfBuffers(pdfs, ['PDF/UA-1', 'PDF/A-2a']);
    expect(verdicts).toHaveLength(2 * Object.keys(pdfs).length);
    expect(failures(verdicts)).toEqual([]);
  }, 600_000);

  it('fails the untagged rendering of the same report (the control)', async () => {
    const [verdict] = await validatePdfBuffers({ untagged: await renderReportPdf('katalog', demoBilagData(), '', { tagged: false }) }, ['PDF/UA-1']);
    expect(verdict?.passed).toBe(false);
    expect(failedRuleIds(verdict as PdfVerdict)).toContain('7.1-3');
  }, 120_000);
});
