import { AdministrationStep } from '@budgetflow/domain';
import type { ProposalWorkflowChangedV1 } from './workflow-events';

/** The step a workflow event records, as followers keep it for the record (the fact sheet's decisions, a lapse's reason). */
export function administrationStepOf(change: ProposalWorkflowChangedV1): AdministrationStep {
  return {
    stateSequence: change.stateSequence,
    state: change.state,
    meetingDate: change.meeting?.date ?? null,
    outcome: change.outcome,
    decisionText: change.decisionText,
  };
}

/** The steps a follower keeps, with this one added unless it is kept already (a step is known by its state sequence), in order. */
export function withStep(steps: readonly AdministrationStep[], step: AdministrationStep): readonly AdministrationStep[] {
  if (steps.some((kept) => kept.stateSequence === step.stateSequence)) return steps;
  return [...steps, step].sort((a, b) => a.stateSequence - b.stateSequence);
}
