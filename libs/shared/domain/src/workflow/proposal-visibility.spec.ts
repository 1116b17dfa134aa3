import { budgetOffice, committeeSecretariat, fuSecretariat, politician, reader, rrSecretariat } from '../testing/workflow.builder';
import { Actor } from './actor';
import { mayReadProposal, readableDraftsOf } from './proposal-visibility';

describe('who may read a proposal', () => {
  const draft = { committee: 'SU', everSubmitted: false };
  const submitted = { committee: 'SU', everSubmitted: true };

  it.each<[string, Actor, boolean]>([
    ['its committee', committeeSecretariat('SU'), true],
    ['another committee', committeeSecretariat('DNS'), false],
    ['the budget office', budgetOffice(), true],
    ['FU', fuSecretariat(), false],
    ['RR', rrSecretariat(), false],
    ['a reader', reader(), false],
    ['a member of the regional council', politician(), false],
  ])('a draft: %s → %s', (_who, actor, expected) => {
    expect(mayReadProposal(actor, draft)).toBe(expected);
  });

  it('lets everyone read a proposal once it has been submitted, also after a return or a withdrawal', () => {
    for (const actor of [committeeSecretariat('SU'), committeeSecretariat('DNS'), budgetOffice(), fuSecretariat(), rrSecretariat(), reader(), politician()]) {
      expect(mayReadProposal(actor, submitted)).toBe(true);
    }
  });

  it('names the drafts each role may list, in agreement with mayReadProposal', () => {
    expect(readableDraftsOf(budgetOffice())).toEqual({ all: true });
    expect(readableDraftsOf(committeeSecretariat('DNS'))).toEqual({ committee: 'DNS' });
    for (const actor of [fuSecretariat(), rrSecretariat(), reader(), politician()]) expect(readableDraftsOf(actor)).toBeNull();
  });
});
