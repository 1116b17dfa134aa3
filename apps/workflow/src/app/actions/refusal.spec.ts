import { ProblemException } from '@budgetflow/platform';
import { requirePermission } from './refusal';

const problemOf = (exception: ProblemException) =>
  exception.getResponse() as { status: number; code: string; detail: string; errors?: { code: string; path: string }[] };

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
    expect(refusal(() => requirePermission({ state: 'submitted', committee: 'SU' }, 'fu_approve', { role: 'fu_secretariat' }))).toMatchObject({
      status: 409,
      code: 'workflow.invalid_transition',
    });
    expect(refusal(() => requirePermission({ state: 'on_fu_agenda', committee: 'SU' }, 'fu_approve', { role: 'rr_secretariat' }))).toMatchObject({
      status: 403,
      code: 'workflow.wrong_role',
    });
  });
});
