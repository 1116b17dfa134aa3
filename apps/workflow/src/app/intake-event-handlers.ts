import { EventHandlers } from '@budgetflow/messaging';

/**
 * How the workflow service applies intake events. The workspace issue only proves delivery: the inbox records
 * each submitted proposal's event. The approval workflow issue replaces this with the proposal's workflow state.
 */
export function intakeEventHandlers(): EventHandlers {
  return {
    'proposal.submitted.v1': async () => undefined,
  };
}
