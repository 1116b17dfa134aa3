import { budget2026Round } from '@budgetflow/domain';
import { REPORTS, reportFileName, reportTitle } from './reports';

describe('REPORTS', () => {
  it('describes the bilag with Danish titles and file names', () => {
    expect(REPORTS.map((report) => [report.key, report.title, report.fileName])).toEqual([
      ['katalog', 'Forslag til omstillingstemaer', 'katalog.pdf'],
      ['faktaark', 'Faktaark', 'faktaark.pdf'],
      ['rammeopfoelgning', 'Rammeopfølgning', 'rammeopfoelgning.pdf'],
      ['udmoentning', 'Udmøntning', 'udmoentning.pdf'],
      ['vedtaget', 'Vedtagne forslag', 'vedtaget.pdf'],
      ['ikke-medregnet', 'Forslag, der ikke medregnes', 'ikke-medregnet.pdf'],
      ['budgetaftale', 'Budgetaftale', 'budgetaftale.pdf'],
      ['nye-bevillinger', 'Nye bevillinger', 'nye-bevillinger.pdf'],
      ['budgetspoergsmaal', 'Svar på budgetspørgsmål', 'budgetspoergsmaal.pdf'],
    ]);
  });

  it('titles a report with its round, and a fact sheet with its proposal', () => {
    expect(reportTitle('katalog', budget2026Round)).toBe('Forslag til omstillingstemaer, Budget 2026');
    expect(reportTitle('faktaark', budget2026Round, 'B26-DNS-01')).toBe('Faktaark B26-DNS-01, Budget 2026');
    expect(reportTitle('budgetaftale', budget2026Round)).toBe('Budgetaftale for Budget 2026');
    expect(reportTitle('nye-bevillinger', budget2026Round)).toBe('Nye bevillinger, Budget 2026');
    expect(reportTitle('budgetspoergsmaal', budget2026Round)).toBe('Svar på budgetspørgsmål, Budget 2026');
  });

  it('names files in plain ASCII for downloads', () => {
    expect(reportFileName('rammeopfoelgning', budget2026Round)).toBe('budget-2026-rammeopfoelgning.pdf');
    expect(reportFileName('faktaark', budget2026Round, 'B26-DNS-01')).toBe('budget-2026-faktaark-b26-dns-01.pdf');
    expect(reportFileName('katalog', { name: 'Budget 2027 – Økonomi' })).toBe('budget-2027-oekonomi-katalog.pdf');
  });
});
