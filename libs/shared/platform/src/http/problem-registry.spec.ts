import { PROBLEM_CODES, PROBLEM_REGISTRY, isProblemCode } from './problem-registry';
import { ProblemException } from './problem';

describe('the problem registry', () => {
  it('answers a registered code with its status and Danish title', () => {
    const problem = ProblemException.of('workflow.round_closed', 'Budget 2026 er afsluttet.');
    expect(problem.getStatus()).toBe(409);
    expect(problem.getResponse()).toMatchObject({ code: 'workflow.round_closed', title: 'Ikke muligt nu', detail: 'Budget 2026 er afsluttet.' });
  });

  it('has one code per meaning: every code is a dotted name, and no code means a closed round but workflow.round_closed', () => {
    expect(PROBLEM_CODES.every((code) => /^[a-z]+\.[a-z_]+$/.test(code))).toBe(true);
    expect(PROBLEM_CODES.filter((code) => /closed/.test(code))).toEqual(['workflow.round_closed']);
    expect(isProblemCode('round.closed')).toBe(false);
  });

  it('gives every code an error status and a title', () => {
    expect(Object.values(PROBLEM_REGISTRY).filter((entry) => entry.status < 400 || entry.title.trim() === '')).toEqual([]);
  });
});
