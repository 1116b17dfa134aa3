import { REPORT_REGISTRY, ROUND_REPORT_KEYS, availableRoundReportKeys, reportDefinition, selectReportData } from './report-registry';
import { REPORTS } from './reports';
import { demoBilagData, demoId } from './testing/bilag-data.builder';

describe('the report registry', () => {
  it('makes every described report, in the described order', () => {
    expect(REPORT_REGISTRY.map((report) => report.key)).toEqual(REPORTS.map((report) => report.key));
    expect(ROUND_REPORT_KEYS).toEqual(['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet', 'budgetaftale', 'nye-bevillinger']);
    expect(() => reportDefinition('budget' as never)).toThrow('Bilaget «budget» findes ikke.');
  });

  it('makes the budget agreement and its first appendix only once there is an agreement', () => {
    const data = demoBilagData();
    expect(availableRoundReportKeys(data)).toEqual(ROUND_REPORT_KEYS);
    expect(availableRoundReportKeys({ ...data, agreement: null })).toEqual(['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet']);
    for (const key of ['budgetaftale', 'nye-bevillinger'] as const)
      expect(reportDefinition(key).notYetAvailable({ ...data, agreement: null })).toMatch(/^Der er endnu ingen budgetaftale for Budget 2026\./);
  });

  it('gives a round report the whole round, agreement included', () => {
    const data = demoBilagData();
    expect(selectReportData('vedtaget', data, null)).toBe(data);
  });

  it('gives the fact sheet its own proposal and no agreement', () => {
    const data = demoBilagData();
    const id = demoId('B26-PSU-03');
    const selected = selectReportData('faktaark', data, id);
    expect(selected.proposals.map((proposal) => proposal.id)).toEqual([id]);
    expect(selected.agreement).toBeNull();
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
