import { flat, pdfText } from '@budgetflow/testing';
import { ReportNotYetAvailableError } from '../content/agreement-availability';
import { reportDefinition } from '../report-registry';
import { renderReportPdf } from '../render';
import { aBilagData, aV1Agreement, anAgreement, demoBilagData, demoProposals } from '../testing/bilag-data.builder';
import { EDITED_SENTENCE, demoAgreementChapters } from '../testing/demo-agreement';
import { elementsOf, pdfStructure, textOf } from '../testing/pdf-structure';

describe('the budget agreement (budgetaftale)', () => {
  it('opens with who made it and that the budget proposal and the agreement together are the budget', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetaftale', demoBilagData())));
    expect(text).toContain('Budgetaftale for Budget 2026');
    expect(text).toContain(
      'Budgetaftalen for Budget 2026 er indgået den 24. september 2025 mellem Socialdemokratiet, Venstre, SF og Konservative samt løsgænger Anne Kjærsgaard.',
    );
    expect(text).toContain('Budgetforslaget for Budget 2026 og denne aftale udgør tilsammen budgettet for 2026.');
    expect(text).toContain('Aftaleparterne ønsker et sundhedsvæsen, hvor patienterne mødes af tilstrækkeligt personale');
    // demoBilagData: nine proposals adopted (FU rejected B26-PSU-03).
    expect(text).toContain(
      'Aftalen vedtager 9 af udvalgenes forslag; de fremgår med beløb i ord af bilag 2 og år for år af bilag 3. Aftalens nye bevillinger fremgår af bilag 1.',
    );
    expect(text).toContain('Bilag 1: Nye bevillinger Bilag 2: Vedtagne forslag Bilag 3: Udmøntning');
  }, 30_000);

  it('prints every chapter with its text and each initiative with its text and its stored decision sentence, edited or not', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetaftale', demoBilagData())));
    for (const chapter of demoAgreementChapters()) {
      expect(text).toContain(`${chapter.title} ${chapter.text}`);
      for (const initiative of chapter.initiatives) expect(text).toContain(`${initiative.title} ${initiative.text} ${initiative.decisionSentence}`);
    }
    expect(text).toContain('Aftaleparterne er enige om at afsætte 8,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter.');
    expect(text).toContain('Aftaleparterne er enige om at spare 5,0 mio. kr. årligt fra 2026 ved generel rammebesparelse på administrationen.');
    expect(text).toContain(
      'Aftaleparterne er enige om at afsætte 3,0 mio. kr. i 2026 og 2027 til styrkelse af akutberedskabet, finansieret af sundhedspakken.',
    );
    // The secretariat's edit is printed, not the sentence the domain would word.
    expect(text).toContain(EDITED_SENTENCE);
    expect(text).not.toContain('til bidrag til nationalt center for sjældne sygdomme.');
  }, 30_000);

  it('sums each chapter’s new appropriations per year (worked out by hand) and refers to bilag 1 for each', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetaftale', demoBilagData())));
    expect(text).toContain('Aftalens nye bevillinger pr. kapitel (P/L-2025; mio. kr.) Kapitel 2026 2027 2028 Permanent');
    expect(text).toContain('Økonomisk grundlag 3,0 3,0 3,0 3,0');
    expect(text).toContain('Hospitalerne 13,5 15,0 12,0 12,0');
    expect(text).toContain('Arbejdsmiljø og rekruttering 2,0 2,0 2,0 -');
    expect(text).toContain('Psykiatri og regional udvikling 0,5 5,5 5,5 5,5');
    expect(text).toContain('I alt 19,0 25,5 22,5 20,5');
    expect(text).toContain('Udgifter er positive og besparelser negative, som i forslagenes tabeller');
  }, 30_000);

  it('tags the title as H1, the contents and chapters as H2 and the initiatives as H3, with a bookmark per chapter', async () => {
    const structure = await pdfStructure(await renderReportPdf('budgetaftale', demoBilagData()));
    const headings = structure.pages.flatMap((page) =>
      elementsOf(page.tree)
        .filter((node) => /^H\d$/.test(node.role ?? ''))
        .map((node) => `${node.role} ${flat(textOf(node, page))}`),
    );
    expect(headings.slice(0, 5)).toEqual([
      'H1 Budgetaftale for Budget 2026',
      'H2 Indhold',
      'H2 Økonomisk grundlag',
      'H3 Reserve til medicinudgifter',
      'H3 Generel rammebesparelse på administrationen',
    ]);
    expect(headings.filter((heading) => heading.startsWith('H2 '))).toEqual([
      'H2 Indhold',
      'H2 Økonomisk grundlag',
      'H2 Hospitalerne',
      'H2 Arbejdsmiljø og rekruttering',
      'H2 Psykiatri og regional udvikling',
      'H2 Aftalens økonomi',
      'H2 Bilag',
    ]);
    expect(headings.filter((heading) => heading.startsWith('H3 '))).toHaveLength(8);
    expect(structure.bookmarks.map((bookmark) => bookmark.title)).toEqual([
      'Økonomisk grundlag',
      'Hospitalerne',
      'Arbejdsmiljø og rekruttering',
      'Psykiatri og regional udvikling',
      'Aftalens økonomi',
      'Bilag',
    ]);
  }, 30_000);

  it('makes an agreement of agreement.adopted v1 (no document) one chapter «Aftalen» signed by its parties, without new appropriations', async () => {
    const proposals = demoProposals();
    const text = flat(await pdfText(await renderReportPdf('budgetaftale', aBilagData({ proposals, agreement: aV1Agreement(proposals) }))));
    expect(text).toContain('mellem Socialdemokratiet, Venstre, SF og Konservative.');
    expect(text).toContain('Aftalen vedtager 10 af udvalgenes forslag');
    expect(text).toContain('Indhold Aftalen');
    expect(text).toContain('Budgetaftalen har ingen nye bevillinger ud over de vedtagne forslag (bilag 2).');
    expect(text).toContain('I alt - - - -');
  }, 30_000);

  it('names a party-less agreement’s members alone and words one adopted proposal in the singular', async () => {
    const [proposal] = demoProposals();
    const agreement = anAgreement(proposal ? [proposal] : [], {
      signatories: [
        { kind: 'member', name: 'Anne Kjærsgaard' },
        { kind: 'member', name: 'Bo Hansen' },
      ],
    });
    const text = flat(await pdfText(await renderReportPdf('budgetaftale', aBilagData({ proposals: proposal ? [proposal] : [], agreement }))));
    expect(text).toContain('mellem løsgængerne Anne Kjærsgaard og Bo Hansen.');
    expect(text).toContain('Aftalen vedtager ét af udvalgenes forslag; det fremgår med beløb i ord af bilag 2');
  }, 30_000);

  it('is not yet available before the agreement: a Danish reason, and no document', () => {
    const data = { ...demoBilagData(), agreement: null };
    const report = reportDefinition('budgetaftale');
    expect(report.notYetAvailable(data)).toBe('Der er endnu ingen budgetaftale for Budget 2026. «Budgetaftale» dannes, når aftalen er indgået.');
    expect(() => report.document(data, '')).toThrow(ReportNotYetAvailableError);
    expect(() => report.tables(data, '')).toThrow('Der er endnu ingen budgetaftale for Budget 2026.');
    expect(report.notYetAvailable(demoBilagData())).toBeNull();
  });
});
