import { ROLES } from '../workflow/actor';
import { mayNegotiate } from './package-access';

describe('package access', () => {
  it('lets only the budget office and RR’s secretariat negotiate: packages are confidential until the agreement', () => {
    expect(ROLES.filter(mayNegotiate)).toEqual(['budget_office', 'rr_secretariat']);
  });
});
