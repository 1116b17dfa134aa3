import { problemsByField, readPublication } from './publication-form';

describe('readPublication', () => {
  it('takes a data version written in digits as the number the workflow expects', () => {
    expect(readPublication({ title: ' Materiale til FU’s 1. behandling ', date: '2025-05-19', dataVersion: ' 42 ' })).toEqual({
      ok: true,
      value: { title: 'Materiale til FU’s 1. behandling', date: '2025-05-19', dataVersion: 42 },
    });
  });

  it('finds every problem at once, each by its field, with the data version quoted as typed', () => {
    const read = readPublication({ title: '  ', date: '19.05.2025', dataVersion: '4,2' });
    expect(read.ok).toBe(false);
    const problems = read.ok ? {} : problemsByField(read.issues);
    expect(Object.keys(problems)).toEqual(['udgivelse-titel', 'udgivelse-dato', 'udgivelse-dataversion']);
    expect(problems['udgivelse-dataversion']).toContain('«4,2»');
    expect(problems['udgivelse-dato']).toContain('«19.05.2025»');
  });

  it('refuses a data version below 1', () => {
    const read = readPublication({ title: 'Materiale', date: '2025-05-19', dataVersion: '0' });
    expect(read.ok ? [] : read.issues.map((issue) => issue.path)).toEqual(['dataVersion']);
  });
});

describe('problemsByField', () => {
  it('places the API’s problems by the path they name, the first of each field, and leaves out what names no field', () => {
    expect(
      problemsByField([
        { path: 'title', message: 'Titlen må højst være 200 tegn; den er 201.' },
        { path: 'title', message: 'en anden' },
        { path: 'roundId', message: 'ikke et felt i formularen' },
      ]),
    ).toEqual({ 'udgivelse-titel': 'Titlen må højst være 200 tegn; den er 201.' });
  });
});
