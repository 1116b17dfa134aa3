import { PDF_VERDICTS } from './pdf-verdicts';
import { REPORTS } from '../reports';
import { conformanceStatement, conformanceStatements } from './conformance-statement';
import { CHECKED_PROFILES, PdfProfile, RecordedReportVerdict, RecordedVerdicts } from './recorded-verdicts';

function verdictsWith(report: RecordedReportVerdict): RecordedVerdicts {
  return {
    veraPdfVersion: '1.28.2',
    checkedOn: '2026-12-06',
    reports: Object.fromEntries(REPORTS.map(({ key }) => [key, report])) as RecordedVerdicts['reports'],
  };
}

const passing = (): RecordedReportVerdict['profiles'] =>
  Object.fromEntries(CHECKED_PROFILES.map((profile) => [profile, { passed: true, failedRules: [] }])) as Record<
    PdfProfile,
    { passed: boolean; failedRules: [] }
  >;

describe('conformanceStatement', () => {
  it('says in Danish that a report meets PDF/UA-1 and PDF/A-2a, with veraPDF’s version and the date', () => {
    const statement = conformanceStatement('katalog', verdictsWith({ declared: ['PDF/UA-1', 'PDF/A-2a'], profiles: passing() }));
    expect(statement).toMatchObject({ conforms: true, declaredInFile: true, veraPdfVersion: '1.28.2', checkedOn: '2026-12-06' });
    expect(statement.standards.map((verdict) => verdict.standard)).toEqual(['PDF/UA-1', 'PDF/A-2a']);
    expect(statement.text).toBe(
      '«Forslag til omstillingstemaer» (PDF) er kontrolleret mod PDF/UA-1 og PDF/A-2a med veraPDF 1.28.2 den 6. december 2026 og opfylder dem uden fejl.',
    );
  });

  it('names the standards a report fails and how many of their rules are broken', () => {
    const profiles = {
      ...passing(),
      'PDF/UA-1': { passed: false, failedRules: [{ rule: '7.1-3', description: 'Content shall be marked as Artifact or tagged as real content' }] },
    };
    const statement = conformanceStatement('udmoentning', verdictsWith({ declared: [], profiles }));
    expect(statement.conforms).toBe(false);
    expect(statement.standards[0]).toEqual({
      standard: 'PDF/UA-1',
      passed: false,
      failedRules: ['7.1-3: Content shall be marked as Artifact or tagged as real content'],
    });
    expect(statement.text).toBe(
      '«Udmøntning» (PDF) er kontrolleret mod PDF/UA-1 og PDF/A-2a med veraPDF 1.28.2 den 6. december 2026 og opfylder dem ikke: 1 krav i PDF/UA-1 er ikke opfyldt. Bilaget er derfor ikke fuldt tilgængeligt efter EN 301 549, afsnit 10 (WCAG 2.1 AA for dokumenter).',
    );
  });

  it('notes a report that passes but does not declare the standards in its metadata', () => {
    expect(conformanceStatement('vedtaget', verdictsWith({ declared: ['PDF/UA-1'], profiles: passing() })).text).toContain(
      'Filen erklærer dog ikke standarderne i sine metadata.',
    );
  });

  it('has a recorded verdict for every report of the registry', () => {
    expect(conformanceStatements(PDF_VERDICTS).map((statement) => statement.key)).toEqual(REPORTS.map((report) => report.key));
  });
});
