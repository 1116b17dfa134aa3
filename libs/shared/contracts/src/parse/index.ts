export { ParseError } from './reader';
export type { Parser } from './reader';
export { parseBudgetRound, parseConsequenceTable, parseProposalContent, parseProposalState } from './domain-values';
export {
  agreementAdoptedPayload,
  parseProposalSnapshot,
  proposalChangedPayload,
  reportGeneratedPayload,
  roundCreatedPayload,
  workflowChangedPayload,
} from './event-payloads';
export { parseAmendingDecisions } from './amending-decisions';
export type { AmendingDecision } from './amending-decisions';
