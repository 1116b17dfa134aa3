import { actorFromClaims, nameFromClaims, parseRoleMapping } from './claim-mapping';
import { actorOnRecord } from './authenticated-user';
import { InvalidTokenError } from './invalid-token.error';
import { authProblems } from './auth-config';

describe('parseRoleMapping', () => {
  it('reads rules separated by commas or new lines', () => {
    expect(parseRoleMapping('groups:a=budget_office,\n realm_access.roles:su-sekretariat = committee_secretariat:SU').rules).toEqual([
      { claim: 'groups', value: 'a', role: 'budget_office' },
      { claim: 'realm_access.roles', value: 'su-sekretariat', role: 'committee_secretariat', committee: 'SU' },
    ]);
  });

  it('names every bad rule', () => {
    expect(parseRoleMapping('groups=reader, groups:x=mayor, groups:y=committee_secretariat, groups:z=reader:SU, groups:m=politician').problems).toEqual([
      '"groups=reader" is not claim:value=role[:committee|party]',
      '"groups:x=mayor": unknown role "mayor" (one of committee_secretariat, budget_office, fu_secretariat, rr_secretariat, reader, politician)',
      '"groups:y=committee_secretariat": a committee secretariat needs its committee (committee_secretariat:SU)',
      '"groups:z=reader:SU": only a committee secretariat has a committee and only a politician a party',
      '"groups:m=politician": a member of the regional council needs its party (politician:Venstre)',
    ]);
  });

  it('reads a member of the regional council with its party', () => {
    expect(parseRoleMapping('groups:rr-v=politician:Venstre, groups:rr-k=politician: Det Konservative Folkeparti').rules).toEqual([
      { claim: 'groups', value: 'rr-v', role: 'politician', party: 'Venstre' },
      { claim: 'groups', value: 'rr-k', role: 'politician', party: 'Det Konservative Folkeparti' },
    ]);
  });
});

describe('actorFromClaims', () => {
  const { rules } = parseRoleMapping('groups:fu=fu_secretariat, groups:office=budget_office, roles:Budget.Reader=reader, scp:budget.rr=rr_secretariat');

  it('the first matching rule decides, in the order configured', () => {
    expect(actorFromClaims({ groups: ['office', 'fu'] }, rules)).toEqual({ role: 'fu_secretariat' });
    expect(actorFromClaims({ roles: 'Budget.Reader' }, rules)).toEqual({ role: 'reader' });
    expect(actorFromClaims({ scp: 'openid budget.rr' }, rules)).toEqual({ role: 'rr_secretariat' });
  });

  it('falls back to the role and committee claims of development tokens', () => {
    expect(actorFromClaims({ role: 'committee_secretariat', committee: 'DNS' }, rules)).toEqual({ role: 'committee_secretariat', committee: 'DNS' });
  });

  it('maps a member of the regional council to its party, by a rule or by the development token’s party claim', () => {
    const members = parseRoleMapping('groups:rr-a=politician:Socialdemokratiet').rules;
    expect(actorFromClaims({ groups: ['rr-a'], party: 'Venstre' }, members)).toEqual({ role: 'politician', party: 'Socialdemokratiet' });
    expect(actorFromClaims({ role: 'politician', party: ' Venstre ' })).toEqual({ role: 'politician', party: 'Venstre' });
    expect(() => actorFromClaims({ role: 'politician' })).toThrow('partiet');
    expect(() => actorFromClaims({ role: 'politician', party: ' ' })).toThrow(InvalidTokenError);
  });

  it('refuses an unknown role and a committee secretariat without a committee', () => {
    expect(() => actorFromClaims({ role: 'mayor' })).toThrow(InvalidTokenError);
    expect(() => actorFromClaims({ role: 'committee_secretariat' })).toThrow('udvalget');
  });
});

describe('nameFromClaims and actorOnRecord', () => {
  it('take the person’s name from the `name` claim only', () => {
    expect(nameFromClaims({ name: ' Karen Holm ', preferred_username: 'kho@region.dk' })).toBe('Karen Holm');
    expect(nameFromClaims({ preferred_username: 'kho@region.dk' })).toBeNull();
    expect(nameFromClaims({ name: '' })).toBeNull();
    expect(nameFromClaims({ name: 42 })).toBeNull();
  });

  it('record the name with the role and committee, and leave it out when the token had none', () => {
    expect(actorOnRecord({ id: 'su', name: 'Søren Ulriksen', actor: { role: 'committee_secretariat', committee: 'SU' } })).toEqual({
      id: 'su',
      role: 'committee_secretariat',
      committee: 'SU',
      name: 'Søren Ulriksen',
    });
    expect(actorOnRecord({ id: 'kho', name: null, actor: { role: 'budget_office' } })).toEqual({ id: 'kho', role: 'budget_office' });
    expect(actorOnRecord({ id: 'mlund', name: 'Mette Lund', actor: { role: 'politician', party: 'Socialdemokratiet' } })).toEqual({
      id: 'mlund',
      role: 'politician',
      party: 'Socialdemokratiet',
      name: 'Mette Lund',
    });
  });
});

describe('authProblems', () => {
  it('refuses a configuration that trusts nothing', () => {
    expect(authProblems({ JWT_SECRET: 'x'.repeat(40), JWT_DEV_TOKENS: false, JWT_TRUSTED_ISSUERS: [] })).toEqual([
      'JWT_TRUSTED_ISSUERS (or JWT_JWKS_URL) is required to trust an identity provider; for development tokens set JWT_DEV_TOKENS=true and JWT_SECRET',
    ]);
  });

  it('needs a long secret for development tokens, and accepts a trusted issuer alone', () => {
    expect(authProblems({ JWT_SECRET: 'short', JWT_DEV_TOKENS: true })).toEqual(['JWT_SECRET must be at least 32 characters']);
    expect(authProblems({ JWT_DEV_TOKENS: true })).toHaveLength(1);
    expect(authProblems({ JWT_TRUSTED_ISSUERS: ['https://login.example/tenant/v2.0'] })).toEqual([]);
  });
});
