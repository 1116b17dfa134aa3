import { REPORT_REGISTRY, ROUND_REPORT_KEYS, availableRoundReportKeys, reportDefinition, selectReportData } from './report-registry';
import { ReportNotYetAvailableError } from './content/agreement-availability';
import { REPORTS } from './reports';
import { demoBilagData, demoId } from './testing/bilag-data.builder';

describe('the report registry', () => {
  it('makes every described report, in the described order', () => {
    expect(REPORT_REGISTRY.map((report) => report.key)).toEqual(REPORTS.map((report) => report.key));
    expect(ROUND_REPORT_KEYS).toEqual([
      'katalog',
      'rammeopfoelgning',
      'udmoentning',
      'vedtaget',
      'ikke-medregnet',
      'budgetaftale',
      'nye-bevillinger',
      'budgetspoergsmaal',
    ]);
    expect(() => reportDefinition('budget' as never)).toThrow('Bilaget «budget» findes ikke.');
  });

  it('makes the budget agreement and its first appendix only once there is an agreement', () => {
    const data = demoBilagData();
    expect(availableRoundReportKeys(data)).toEqual(ROUND_REPORT_KEYS);
    expect(availableRoundReportKeys({ ...data, agreement: null })).toEqual([
      'katalog',
      'rammeopfoelgning',
      'udmoentning',
      'vedtaget',
      'ikke-medregnet',
      'budgetspoergsmaal',
    ]);
    for (const key of ['budgetaftale', 'nye-bevillinger'] as const)
      expect(reportDefinition(key).notYetAvailable({ ...data, agreement: null })).toMatch(/^Der er endnu ingen budgetaftale for Budget 2026\./);
  });

  it('makes the answers to budget questions once an answer is approved, and only then', () => {
    const data = demoBilagData();
    const unapproved = data.questions.filter((question) => question.state !== 'approved');
    expect(unapproved.length).toBeGreaterThan(0);
    for (const questions of [[], unapproved]) {
      expect(availableRoundReportKeys({ ...data, questions })).not.toContain('budgetspoergsmaal');
      expect(reportDefinition('budgetspoergsmaal').notYetAvailable({ ...data, questions })).toBe(
        'Der er endnu ingen godkendte svar på budgetspørgsmål i Budget 2026. «Svar på budgetspørgsmål» dannes, når Koncernøkonomi har godkendt det første svar.',
      );
      expect(() => reportDefinition('budgetspoergsmaal').document({ ...data, questions }, '')).toThrow(ReportNotYetAvailableError);
    }
  });

  it('gives a round report the whole round, agreement included, and no budget question', () => {
    const data = demoBilagData();
    expect(data.questions.length).toBeGreaterThan(0);
    expect(selectReportData('vedtaget', data, null)).toEqual({ ...data, questions: [], questionWindow: null });
  });

  it('gives the answers to budget questions the printable questions, their window and the proposals they concern, no agreement', () => {
    const data = demoBilagData();
    const selected = selectReportData('budgetspoergsmaal', data, null);
    expect(selected.questions.map((question) => question.number)).toEqual([1, 2, 3, 4]);
    expect(selected.questionWindow).toBe(data.questionWindow);
    expect(selected.proposals.map((proposal) => proposal.content.reference)).toEqual(['B26-DNS-02', 'B26-PSU-01']);
    expect(selected.agreement).toBeNull();
  });

  it('gives the fact sheet its own proposal and no agreement', () => {
    const data = demoBilagData();
    const id = demoId('B26-PSU-03');
    const selected = selectReportData('faktaark', data, id);
    expect(selected.proposals.map((proposal) => proposal.id)).toEqual([id]);
    expect(selected.agreement).toBeNull();
    expect(selected.questions).toEqual([]);
    expect(data.proposals.length).toBeGreaterThan(1);
  });

  it('makes each report from the data its selection keeps', () => {
    const data = demoBilagData();
    const id = demoId('B26-SU-02');
    const tables = reportDefinition('faktaark').tables(selectReportData('faktaark', data, id), id);
    // B26-SU-02 was approved with changed amounts: its submitted and its decided table.
    expect(tables.map((table) => table.sheet)).toEqual(['Som indsendt', 'Besluttet']);
  });
});
