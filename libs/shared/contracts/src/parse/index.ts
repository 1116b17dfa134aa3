export { ParseError } from './reader';
export type { Parser } from './reader';
// The building blocks, for a service's own stored shapes (e.g. the gateway's sessions).
export { array, fields, integer, nonEmptyText, nullable, object, oneOf, optional, text } from './reader';
export {
  parseBudgetRound,
  parseConsequenceTable,
  parseTableCells,
  parseDecisionOutcome,
  parseProposalContent,
  parseProposalState,
  parseRole,
} from './domain-values';
export {
  agreementAdoptedPayload,
  agreementAdoptedV2Payload,
  materialPublishedPayload,
  parseProposalSnapshot,
  proposalChangedPayload,
  reportGeneratedPayload,
  roundCreatedPayload,
  workflowChangedPayload,
} from './event-payloads';
export { parseAmendingDecisions } from './amending-decisions';
export { parseAdministrationSteps } from './administration-steps';
export type { AmendingDecision } from './amending-decisions';
export { parseAgreementDocument } from './agreement-document';
export { parseNegotiationPackage } from './negotiation-package';
export { parseAnswerTable, parseQuestionSnapshot, questionChangedPayload, questionWindowPayload } from './question-payloads';
