import { budgetOffice, committeeSecretariat, fuSecretariat, politician, reader, rrSecretariat } from '../testing/workflow.builder';
import { Actor } from './actor';
import { PROPOSAL_STATES } from './proposal-state';
import { decideImport } from './proposal-import';
import { mayReadProposal } from './proposal-visibility';

describe('who may import proposals from a spreadsheet', () => {
  const fresh = { committee: 'SU', existingState: null, roundClosed: false } as const;

  it('lets a committee create and update its own drafts, with the ordinary history actions', () => {
    expect(decideImport(committeeSecretariat('SU'), fresh)).toEqual({ ok: true, change: 'create', historyAction: 'create' });
    expect(decideImport(committeeSecretariat('SU'), { ...fresh, existingState: 'draft' })).toEqual({ ok: true, change: 'update', historyAction: 'edit' });
  });

  it('refuses a committee importing for another committee', () => {
    expect(decideImport(committeeSecretariat('DNS'), fresh)).toEqual({
      ok: false,
      code: 'workflow.not_owner',
      reason: 'Udvalgssekretariatet for «DNS» kan ikke indlæse forslag for «SU».',
    });
  });

  it('lets the budget office import on any committee’s behalf, with its own history action', () => {
    expect(decideImport(budgetOffice(), fresh)).toEqual({ ok: true, change: 'create', historyAction: 'import_on_behalf' });
    expect(decideImport(budgetOffice(), { ...fresh, committee: 'UAR', existingState: 'draft' })).toEqual({
      ok: true,
      change: 'update',
      historyAction: 'import_on_behalf',
    });
  });

  it('agrees with draft visibility: whoever may import a committee’s drafts may also read them', () => {
    for (const actor of [committeeSecretariat('SU'), committeeSecretariat('DNS'), budgetOffice(), fuSecretariat(), rrSecretariat(), reader(), politician()]) {
      const mayImport = decideImport(actor, fresh).ok;
      if (mayImport) expect(mayReadProposal(actor, { committee: 'SU', everSubmitted: false })).toBe(true);
    }
  });

  it.each<[string, Actor]>([
    ['FU', fuSecretariat()],
    ['RR', rrSecretariat()],
    ['a reader', reader()],
    ['a member of the regional council', politician()],
  ])('refuses %s', (_who, actor) => {
    expect(decideImport(actor, fresh)).toMatchObject({ ok: false, code: 'proposal.import_not_allowed' });
  });

  it('never touches a proposal that has left the draft state', () => {
    for (const state of PROPOSAL_STATES.filter((candidate) => candidate !== 'draft')) {
      for (const actor of [committeeSecretariat('SU'), budgetOffice()]) {
        expect(decideImport(actor, { ...fresh, existingState: state })).toMatchObject({ ok: false, code: 'proposal.import_not_draft' });
      }
    }
  });

  it('refuses everything in a closed round', () => {
    for (const actor of [committeeSecretariat('SU'), budgetOffice()]) {
      expect(decideImport(actor, { ...fresh, roundClosed: true })).toMatchObject({ ok: false, code: 'workflow.round_closed' });
    }
  });
});
