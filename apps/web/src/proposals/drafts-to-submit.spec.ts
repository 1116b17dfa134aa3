import { budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';
import type { ProposalContent, ProposalState, WorkflowAction } from '@budgetflow/domain';
import { draftsToSubmit } from './drafts-to-submit';

// «Indsend alle» on the committee's page: which drafts it offers, by the rule that decides a single submission.

const content = (index: number): ProposalContent => {
  const checked = validateProposal(budget2026Proposals[index] as never, budget2026Round);
  if (!checked.ok) throw new Error('The demo proposal is valid');
  return checked.value;
};

const listed = (
  reference: string,
  state: ProposalState,
  changes: Partial<ProposalContent> = {},
  allowedActions: WorkflowAction[] = ['edit', 'submit', 'withdraw'],
) => {
  const base = content(0);
  return { reference, committee: base.committee, state, allowedActions, content: { ...base, reference, ...changes } };
};

describe('draftsToSubmit', () => {
  it('offers every draft the person may submit whose content passes the domain’s check, by reference', () => {
    const { ready, notReady } = draftsToSubmit([listed('B26-SU-03', 'draft'), listed('B26-SU-01', 'draft'), listed('B26-SU-02', 'draft')], budget2026Round);
    expect(ready.map((proposal) => proposal.reference)).toEqual(['B26-SU-01', 'B26-SU-02', 'B26-SU-03']);
    expect(notReady).toEqual([]);
  });

  it('leaves out what is not a draft: a returned proposal answers a remark from its own page', () => {
    const { ready, notReady } = draftsToSubmit(
      [listed('B26-SU-01', 'submitted', {}, []), listed('B26-SU-02', 'returned'), listed('B26-SU-03', 'withdrawn', {}, [])],
      budget2026Round,
    );
    expect(ready).toEqual([]);
    expect(notReady).toEqual([]);
  });

  it('holds back a draft the domain’s check refuses (saved under an older rule), with the editor’s reason', () => {
    const { ready, notReady } = draftsToSubmit([listed('B26-SU-01', 'draft'), listed('B26-SU-02', 'draft', { title: ' ' })], budget2026Round);
    expect(ready.map((proposal) => proposal.reference)).toEqual(['B26-SU-01']);
    expect(notReady).toEqual([
      {
        proposal: expect.objectContaining({ reference: 'B26-SU-02' }),
        reason: 'Forslaget kan ikke indsendes, før en fejl er rettet: Forslaget skal have en titel.',
      },
    ]);
  });

  it('holds back a draft the service does not let the person submit', () => {
    const { ready, notReady } = draftsToSubmit([listed('B26-SU-01', 'draft', {}, ['edit'])], budget2026Round);
    expect(ready).toEqual([]);
    expect(notReady.map((entry) => entry.reason)).toEqual(['Du kan ikke indsende dette forslag.']);
  });
});
