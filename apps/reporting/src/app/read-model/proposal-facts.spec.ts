import {
  AdministrationStep,
  ConsequenceTable,
  ProposalContent,
  ProposalState,
  WORKFLOW_TRANSITIONS,
  decisionInForce,
  holderOf,
  isFinalState,
} from '@budgetflow/domain';
import fc from 'fast-check';
import { ProposalFact, ReadModelProposal, ReportedDecision, applyProposalFact } from './proposal-facts';

const ID = '00000000-0000-4000-8000-000000000001';
const ROUND = '00000000-0000-4000-8000-000000000002';

// Content and tables are opaque to the read model's rules; distinct objects are enough to tell them apart.
const contentVersion = (n: number) => ({ reference: 'B26-SU-01', title: `udgave ${n}` }) as unknown as ProposalContent;
const tableOf = (n: number) => ({ rows: [{ label: `ændret ${n}` }] }) as unknown as ConsequenceTable;

interface Life {
  intake: ProposalFact[];
  workflow: ProposalFact[];
  owner: {
    state: ProposalState;
    stateSequence: number;
    content: ProposalContent;
    decisions: ReportedDecision[];
    steps: AdministrationStep[];
    everSubmitted: boolean;
  };
}

/**
 * Plays one proposal's life by the domain's transition table, each step decided by its holder: the committee's
 * steps are published by intake (with the whole content), the administration's by the workflow.
 */
function live(choices: readonly number[]): Life {
  const intake: ProposalFact[] = [];
  const workflow: ProposalFact[] = [];
  let state: ProposalState = 'draft';
  let stateSequence = 1;
  let content = contentVersion(0);
  let everSubmitted = false;
  const decisions: ReportedDecision[] = [];
  const steps: AdministrationStep[] = [];
  const publishIntake = () => intake.push({ source: 'intake', proposalId: ID, roundId: ROUND, state, stateSequence, content, everSubmitted });
  publishIntake();
  for (const [step, choice] of choices.entries()) {
    if (isFinalState(state)) break;
    const options = WORKFLOW_TRANSITIONS.filter((transition) => transition.from === state);
    const transition = options[choice % options.length];
    if (!transition) break;
    const byCommittee = holderOf(state) === 'committee';
    if (transition.action !== 'edit') stateSequence += 1;
    state = transition.to;
    if (byCommittee) {
      if (transition.action === 'edit') content = contentVersion(step + 1);
      if (transition.action === 'submit') everSubmitted = true;
      publishIntake();
      continue;
    }
    let decision: ReportedDecision | null = null;
    if (transition.action.endsWith('_with_changes')) {
      // Meeting dates rise with the steps, and RR meets after FU, as in a real round.
      decision = {
        body: transition.action.startsWith('rr_') ? 'RR' : 'FU',
        meetingDate: `2025-${String(1 + (step % 12)).padStart(2, '0')}-${String(10 + (step % 18))}`,
        amendedTable: tableOf(step),
        stateSequence,
      };
      decisions.push(decision);
    }
    const recorded: AdministrationStep = { stateSequence, state, meetingDate: decision?.meetingDate ?? null, outcome: null, decisionText: `trin ${step}` };
    steps.push(recorded);
    workflow.push({ source: 'workflow', proposalId: ID, roundId: ROUND, state, stateSequence, decision, step: recorded });
  }
  return { intake, workflow, owner: { state, stateSequence, content, decisions, steps, everSubmitted } };
}

/** Each topic in its own order, the two interleaved as the picks say. */
function interleave(intake: readonly ProposalFact[], workflow: readonly ProposalFact[], picks: readonly boolean[]): ProposalFact[] {
  const merged: ProposalFact[] = [];
  let i = 0;
  let w = 0;
  for (let k = 0; i < intake.length || w < workflow.length; k += 1) {
    const takeIntake = w >= workflow.length || (i < intake.length && (picks[k % Math.max(picks.length, 1)] ?? true));
    merged.push(takeIntake ? (intake[i++] as ProposalFact) : (workflow[w++] as ProposalFact));
  }
  return merged;
}

const fold = (facts: readonly ProposalFact[]) => facts.reduce<ReadModelProposal | null>(applyProposalFact, null);

describe('the reporting read model follows each fact from its owner', () => {
  it('ends equal to the owners’ state whatever the interleaving of the intake and workflow topics', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (choices, picks) => {
        const { intake, workflow, owner } = live(choices);
        const result = fold(interleave(intake, workflow, picks));
        if (!owner.everSubmitted) {
          // A proposal that was never submitted is its committee's draft: the bilag never know it.
          expect(result).toBeNull();
          return;
        }
        expect(result).not.toBeNull();
        expect({ state: result?.state, stateSequence: result?.stateSequence, content: result?.content }).toEqual({
          state: owner.state,
          stateSequence: owner.stateSequence,
          content: owner.content,
        });
        expect([...(result?.decisions ?? [])].sort((a, b) => a.stateSequence - b.stateSequence)).toEqual(owner.decisions);
        expect(decisionInForce(result?.decisions ?? [])?.amendedTable).toBe(decisionInForce(owner.decisions)?.amendedTable);
        // Every step of the workflow once, in the owner's order, whatever order they arrived in.
        expect(result?.steps).toEqual(owner.steps);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same read model for every interleaving of one life, including each topic delivered twice', () => {
    const { intake, workflow } = live([1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0]);
    const expected = fold([...intake, ...workflow]);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (picks) => {
        expect(fold(interleave(intake, workflow, picks))).toEqual(expected);
        // A redelivered event changes nothing (the consumer's inbox skips it too; the rule does not depend on that).
        expect(fold(interleave([...intake, ...intake.slice(-1)], [...workflow, ...workflow.slice(-1)], picks))).toEqual(expected);
      }),
    );
  });

  it('takes the workflow’s state even when intake’s older event arrives after it (the old wall-clock rule did not)', () => {
    const submitted: ProposalFact = {
      source: 'intake',
      proposalId: ID,
      roundId: ROUND,
      state: 'submitted',
      stateSequence: 2,
      content: contentVersion(1),
      everSubmitted: true,
    };
    const scheduled: ProposalFact = {
      source: 'workflow',
      proposalId: ID,
      roundId: ROUND,
      state: 'on_fu_agenda',
      stateSequence: 3,
      decision: null,
      step: { stateSequence: 3, state: 'on_fu_agenda', meetingDate: '2025-05-19', outcome: null, decisionText: null },
    };
    expect(fold([scheduled, submitted])).toMatchObject({ state: 'on_fu_agenda', stateSequence: 3, content: contentVersion(1) });
  });
});
