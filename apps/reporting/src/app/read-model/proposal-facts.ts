import { AmendingDecision, withDecision, withStep } from '@budgetflow/contracts';
import { AdministrationStep, ProposalContent, ProposalState, isNewerState } from '@budgetflow/domain';

/** A decision that changed a proposal's amounts, as the workflow published it. */
export type ReportedDecision = AmendingDecision;

/** A proposal in the reporting read model. */
export interface ReadModelProposal {
  readonly id: string;
  readonly roundId: string;
  /** As intake (the content's owner) last published it; null until intake's event arrives. */
  readonly content: ProposalContent | null;
  readonly state: ProposalState;
  readonly stateSequence: number;
  readonly decisions: readonly ReportedDecision[];
  /** The workflow's steps on record, in state-sequence order: the fact sheet's decisions and a lapse's reason. */
  readonly steps: readonly AdministrationStep[];
}

/** What one event says about a proposal, whichever service published it. */
export type ProposalFact =
  | {
      readonly source: 'intake';
      readonly proposalId: string;
      readonly roundId: string;
      readonly state: ProposalState;
      readonly stateSequence: number;
      readonly content: ProposalContent;
      /** False while the proposal has never been submitted: a draft is its committee's own business. */
      readonly everSubmitted: boolean;
    }
  | {
      readonly source: 'workflow';
      readonly proposalId: string;
      readonly roundId: string;
      readonly state: ProposalState;
      readonly stateSequence: number;
      readonly decision: ReportedDecision | null;
      readonly step: AdministrationStep;
    };

/**
 * Applies one fact to the read model's proposal (null: not in the read model); returns the same object when the
 * fact changes nothing the read model keeps. Each topic arrives in its own
 * order, the two interleaved anyhow: the content comes only from intake, in intake's order; the state is the one
 * with the highest state sequence (each owner numbers its changes one above the last), whichever topic it came
 * on; decisions and steps come only from the workflow. So the result does not depend on how the topics interleave.
 */
export function applyProposalFact(current: ReadModelProposal | null, fact: ProposalFact): ReadModelProposal | null {
  // Until its submission a proposal is its committee's draft: its events say nothing the bilag show.
  if (fact.source === 'intake' && !fact.everSubmitted) return current;
  const base: ReadModelProposal = current ?? {
    id: fact.proposalId,
    roundId: fact.roundId,
    content: null,
    state: fact.state,
    stateSequence: 0,
    decisions: [],
    steps: [],
  };
  const state = isNewerState(fact, base) ? { state: fact.state, stateSequence: fact.stateSequence } : {};
  if (fact.source === 'intake') return { ...base, ...state, content: fact.content };
  return { ...base, ...state, decisions: withDecision(base.decisions, fact.decision), steps: withStep(base.steps, fact.step) };
}
