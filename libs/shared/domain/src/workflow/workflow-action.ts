/** What can be done to a proposal. */
export type WorkflowAction =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'return_with_remarks'
  | 'schedule_for_fu'
  | 'fu_approve'
  | 'fu_approve_with_changes'
  | 'fu_reject'
  | 'fu_postpone'
  | 'fu_return_to_committee'
  | 'rr_adopt'
  | 'rr_adopt_with_changes'
  | 'rr_not_adopt'
  | 'lapse';

/** All actions. */
export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = [
  'edit',
  'submit',
  'withdraw',
  'return_with_remarks',
  'schedule_for_fu',
  'fu_approve',
  'fu_approve_with_changes',
  'fu_reject',
  'fu_postpone',
  'fu_return_to_committee',
  'rr_adopt',
  'rr_adopt_with_changes',
  'rr_not_adopt',
  'lapse',
];

/** Danish labels of the actions, as on buttons and in the history. */
export const WORKFLOW_ACTION_LABELS: Readonly<Record<WorkflowAction, string>> = {
  edit: 'Rediger',
  submit: 'Indsend',
  withdraw: 'Træk tilbage',
  return_with_remarks: 'Send retur med bemærkninger',
  schedule_for_fu: 'Sæt på FU-dagsorden',
  fu_approve: 'FU: Godkend',
  fu_approve_with_changes: 'FU: Godkend med ændringer',
  fu_reject: 'FU: Afvis',
  fu_postpone: 'FU: Udsæt',
  fu_return_to_committee: 'FU: Send tilbage til udvalget',
  rr_adopt: 'RR: Vedtag',
  rr_adopt_with_changes: 'RR: Vedtag med ændringer',
  rr_not_adopt: 'RR: Vedtag ikke',
  lapse: 'Bortfald ved budgetvedtagelsen',
};

/** Actions that need a remark to the committee. */
export const ACTIONS_NEEDING_REMARK: readonly WorkflowAction[] = ['return_with_remarks'];

/** Actions that change the amounts and so need the amended table. */
export const ACTIONS_NEEDING_AMENDED_TABLE: readonly WorkflowAction[] = ['fu_approve_with_changes', 'rr_adopt_with_changes'];

/** True when value is a known action. */
export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return WORKFLOW_ACTIONS.includes(value as WorkflowAction);
}
