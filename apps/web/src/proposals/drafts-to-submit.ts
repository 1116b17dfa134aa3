import type { BudgetRound, ProposalContent } from '@budgetflow/domain';
import type { ProposalView } from '../api/views';
import { draftOf, draftProblems, notSubmittableBecause } from './proposal-draft';

/** What the choice needs of a listed proposal (its content as the domain reads it). */
export type ListedDraft = Pick<ProposalView, 'reference' | 'committee' | 'state' | 'allowedActions'> & { content: ProposalContent };

export interface DraftsToSubmit<P extends ListedDraft> {
  ready: P[];
  notReady: { proposal: P; reason: string }[];
}

/**
 * The drafts «Indsend alle» offers, by reference: each one the service allows the person to submit whose content
 * passes the domain's check, the rule that decides a single submission in the editor; the other drafts with the
 * reason. Returned proposals are not drafts here: each answers a remark and is submitted from its own page.
 */
export function draftsToSubmit<P extends ListedDraft>(proposals: readonly P[], round: BudgetRound): DraftsToSubmit<P> {
  const drafts = proposals.filter((proposal) => proposal.state === 'draft').sort((a, b) => a.reference.localeCompare(b.reference, 'da'));
  const result: DraftsToSubmit<P> = { ready: [], notReady: [] };
  for (const proposal of drafts) {
    if (!proposal.allowedActions.includes('submit')) {
      result.notReady.push({ proposal, reason: 'Du kan ikke indsende dette forslag.' });
      continue;
    }
    const problems = draftProblems(draftOf(proposal.content, round), proposal, round);
    if (problems.length > 0) result.notReady.push({ proposal, reason: notSubmittableBecause(problems) });
    else result.ready.push(proposal);
  }
  return result;
}
