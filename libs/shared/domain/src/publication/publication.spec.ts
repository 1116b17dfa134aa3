import { PUBLICATION_LIMITS, mayPublish, validatePublication } from './publication';

describe('validatePublication', () => {
  it('takes a title, a date and a data version', () => {
    expect(validatePublication({ title: '  Materiale til FU’s 1. behandling ', date: '2025-05-19', dataVersion: 42 })).toEqual({
      ok: true,
      value: { title: 'Materiale til FU’s 1. behandling', date: '2025-05-19', dataVersion: 42 },
    });
  });

  it('names every field that is wrong, in Danish', () => {
    const result = validatePublication({ title: ' ', date: '2025-02-30', dataVersion: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['publication.title_missing', 'title'],
      ['publication.date_invalid', 'date'],
      ['publication.data_version_invalid', 'dataVersion'],
    ]);
    expect(result.issues[1]?.message).toBe('Udgivelsesdatoen «2025-02-30» skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.');
  });

  it('refuses a title longer than the limit and a data version that is not a whole number', () => {
    const result = validatePublication({ title: 'x'.repeat(PUBLICATION_LIMITS.titleCharacters + 1), date: '2025-05-19', dataVersion: 1.5 });
    expect(result.ok ? [] : result.issues.map((found) => found.code)).toEqual(['publication.title_too_long', 'publication.data_version_invalid']);
  });

  it('refuses a title with a character the bilag cannot print', () => {
    const result = validatePublication({ title: 'Bilag\u200b', date: '2025-05-19', dataVersion: 3 });
    expect(result.ok ? [] : result.issues.map((found) => found.path)).toEqual(['title']);
  });
});

describe('mayPublish', () => {
  it('is the budget office’s act only', () => {
    expect(['budget_office', 'fu_secretariat', 'rr_secretariat', 'committee_secretariat', 'reader'].filter((role) => mayPublish(role as never))).toEqual([
      'budget_office',
    ]);
  });
});
