import { ProblemException } from './problem';
import { refusalProblem } from './refusal-problem';

const problemOf = (exception: ProblemException) =>
  exception.getResponse() as { status: number; code: string; detail: string; errors?: { code: string; path: string }[] };

describe('refusalProblem', () => {
  it.each([
    ['workflow.invalid_transition', 409],
    ['workflow.wrong_role', 403],
    ['workflow.not_owner', 403],
    ['workflow.reader_read_only', 403],
  ])('answers %s with %i and the rule’s code and reason', (code, status) => {
    expect(problemOf(refusalProblem({ code, reason: 'Begrundelse.' }))).toMatchObject({ status, code, detail: 'Begrundelse.' });
  });

  it.each([
    ['workflow.remark_required', 'remark'],
    ['workflow.amended_table_required', 'amendedTable'],
    ['workflow.amended_table_not_allowed', 'amendedTable'],
  ])('answers %s as invalid input at %s', (code, path) => {
    expect(problemOf(refusalProblem({ code, reason: 'Mangler.' }))).toMatchObject({
      status: 400,
      code: 'request.invalid',
      errors: [{ code, path, message: 'Mangler.' }],
    });
  });

  it('names the proposal when several are involved', () => {
    expect(problemOf(refusalProblem({ code: 'workflow.invalid_transition', reason: 'Ikke muligt.' }, 'Forslaget B26-SU-02')).detail).toBe(
      'Forslaget B26-SU-02: Ikke muligt.',
    );
  });
});
