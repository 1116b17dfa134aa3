import { MAX_PROBLEM_BYTES, withinProblemSize } from './problem-size';
import { ProblemDetails } from './problem';

const problem = (errors: ProblemDetails['errors']): ProblemDetails => ({
  type: 'https://budgetflow.dk/problemer/import.invalid',
  title: 'Filen kan ikke indlæses',
  status: 422,
  detail: 'Filen har fejl.',
  code: 'import.invalid',
  errors,
});

describe('a problem answer within its size', () => {
  it('leaves a problem that fits as it is', () => {
    const small = problem([{ code: 'x', path: 'title', message: 'Titlen mangler.' }]);
    expect(withinProblemSize(small)).toBe(small);
  });

  it('lists the issues that fit in 256 KB, cuts long values to an excerpt and counts them all', () => {
    const long = 'x'.repeat(100_000);
    const issues = Array.from({ length: 500 }, (_issue, index) => ({
      code: 'amount.invalid',
      path: `Forslag!Q${index + 2}`,
      message: 'Ugyldigt beløb.',
      value: long,
    }));
    const answer = withinProblemSize(problem(issues));
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
    expect(answer.errorCount).toBe(500);
    expect(answer.errors).toHaveLength(500);
    expect((answer.errors?.[0] as unknown as { value: string }).value).toBe(`${'x'.repeat(80)}… (100.000 tegn i alt)`);
  });

  it('drops the issues beyond what fits when even their excerpts are too many', () => {
    const issues = Array.from({ length: 20_000 }, (_issue, index) => ({ code: 'amount.invalid', path: `Forslag!Q${index + 2}`, message: 'm'.repeat(200) }));
    const answer = withinProblemSize(problem(issues));
    const size = Buffer.byteLength(JSON.stringify(answer));
    expect(size).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
    expect(size).toBeGreaterThan(MAX_PROBLEM_BYTES - 300);
    expect(answer.errorCount).toBe(20_000);
    expect(answer.errors?.[0]?.path).toBe('Forslag!Q2');
  });
});
