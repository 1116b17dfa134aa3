import { actorDisplayText, roleOnRecord } from './actor-on-record';

describe('actorDisplayText', () => {
  it('shows the person’s name beside the role', () => {
    expect(actorDisplayText({ id: 'koncernoekonomi', role: 'budget_office', name: 'Karen Holm' })).toBe('Karen Holm, Koncernøkonomi');
    expect(actorDisplayText({ id: 'su', role: 'committee_secretariat', committee: 'SU', name: 'Søren Ulriksen' })).toBe(
      'Søren Ulriksen, Udvalgssekretariatet for SU',
    );
    expect(actorDisplayText({ id: 'rr', role: 'rr_secretariat', name: '  Rikke Rasmussen ' })).toBe('Rikke Rasmussen, RR-sekretariatet');
  });

  it('shows the role and the login id when the token gave no name', () => {
    expect(actorDisplayText({ id: 'kho', role: 'budget_office' })).toBe('Koncernøkonomi (kho)');
    expect(actorDisplayText({ id: 'kho', role: 'budget_office', name: null })).toBe('Koncernøkonomi (kho)');
    expect(actorDisplayText({ id: 'su-1', role: 'committee_secretariat', committee: 'SU', name: ' ' })).toBe('Udvalgssekretariatet for SU (su-1)');
  });
});

describe('roleOnRecord', () => {
  it('names the committee of a committee secretariat, every other role by its label', () => {
    expect(roleOnRecord({ role: 'committee_secretariat', committee: 'DNS' })).toBe('Udvalgssekretariatet for DNS');
    expect(roleOnRecord({ role: 'fu_secretariat' })).toBe('FU-sekretariatet');
    expect(roleOnRecord({ role: 'reader', committee: null })).toBe('Læser');
  });

  it('names the party of a member of the regional council', () => {
    expect(roleOnRecord({ role: 'politician', party: 'Venstre' })).toBe('Regionsrådsmedlem (Venstre)');
    expect(actorDisplayText({ id: 'mlund', role: 'politician', party: 'Socialdemokratiet', name: 'Mette Lund' })).toBe(
      'Mette Lund, Regionsrådsmedlem (Socialdemokratiet)',
    );
    expect(roleOnRecord({ role: 'politician', party: null })).toBe('Regionsrådsmedlem');
  });

  it('shows a role the domain does not know as recorded', () => {
    expect(roleOnRecord({ role: 'service' })).toBe('service');
  });
});
