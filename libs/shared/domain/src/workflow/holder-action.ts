import { WorkflowAction } from './workflow-action';

/**
 * What is decided while the committee holds a proposal (intake decides it): the committee's steps, and a lapse
 * when the round closes; 'create' is the first snapshot of a new draft.
 */
export type CommitteeAction = 'create' | Extract<WorkflowAction, 'edit' | 'submit' | 'withdraw' | 'lapse'>;

export const COMMITTEE_ACTIONS: readonly CommitteeAction[] = ['create', 'edit', 'submit', 'withdraw', 'lapse'];

/** What is decided while the administration holds a proposal (the workflow decides it): every action but editing and submitting. */
export type AdministrationAction = Exclude<WorkflowAction, 'edit' | 'submit'>;
