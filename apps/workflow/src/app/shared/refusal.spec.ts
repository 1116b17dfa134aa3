import { ProblemException } from '@budgetflow/platform';
import { refusalProblem, requirePermission } from './refusal';

const problemOf = (exception: ProblemException) => exception.getResponse() as { status: number; code: string; detail: string; errors?: { code: string; path: string }[] };

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
    expect(problemOf(refusalProblem({ code, reason: 'Mangler.' }))).toMatchObject({ status: 400, code: 'request.invalid', errors: [{ code, path, message: 'Mangler.' }] });
  });

  it('names the proposal when several are involved', () => {
    expect(problemOf(refusalProblem({ code: 'workflow.invalid_transition', reason: 'Ikke muligt.' }, 'Forslaget B26-SU-02')).detail).toBe('Forslaget B26-SU-02: Ikke muligt.');
  });
});

describe('requirePermission', () => {
  it('lets the right role act in the right state, whatever details are still missing', () => {
    expect(() => requirePermission({ state: 'on_fu_agenda', committee: 'SU' }, 'fu_approve_with_changes', { role: 'fu_secretariat' })).not.toThrow();
  });

  it('refuses with the rules’ code: wrong state first, then wrong role', () => {
    const refusal = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        return problemOf(error as ProblemException);
      }
      throw new Error('not refused');
    };
    expect(refusal(() => requirePermission({ state: 'submitted', committee: 'SU' }, 'fu_approve', { role: 'fu_secretariat' }))).toMatchObject({ status: 409, code: 'workflow.invalid_transition' });
    expect(refusal(() => requirePermission({ state: 'on_fu_agenda', committee: 'SU' }, 'fu_approve', { role: 'rr_secretariat' }))).toMatchObject({ status: 403, code: 'workflow.wrong_role' });
  });
});
