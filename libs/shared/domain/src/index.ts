// @budgetflow/domain: pure budget rules shared by the services. No framework, no I/O.

// Validation results
export type { ValidationIssue, Validated } from './validation/validation-issue';
export { isIsoDate } from './validation/iso-date';
export type { IsoDate } from './validation/iso-date';
export { PRINTABLE_RANGES, checkText, cleanText, isPrintableCodePoint, joinDanish, normalizeText, quote, textProblem } from './validation/text';
export type { TextKind } from './validation/text';
export { nameKey } from './validation/name-key';
export { MAX_EXCERPT_CHARACTERS, excerpt } from './validation/excerpt';

// Time
export { DANISH_TIME_ZONE, danishDateTime, danishIsoDate, danishLongDate, danishLongDateTime, danishTime } from './time/danish-time';
export { addCopenhagenDays, copenhagenInstant, copenhagenLocal, isClockTime } from './time/copenhagen-clock';
export type { ClockTime } from './time/copenhagen-clock';

// Exports
export { csvTextField, spreadsheetText } from './export/spreadsheet-text';

// Money
export { MAX_AMOUNT, THOUSANDS_PER_MIO, isAmount, isAmountInRange } from './money/amount';
export type { Amount } from './money/amount';
export { parseAmount, parseAmountOrThrow } from './money/parse-amount';
export type { AmountError, AmountErrorCode, ParseAmountResult } from './money/parse-amount';
export { EMPTY_CELL_TEXT, formatAmount, formatMio } from './money/format-amount';
export type { FormatAmountOptions } from './money/format-amount';
export { addAmounts, negate, subtract, sumAmounts, sumOptionalAmounts } from './money/amount-arithmetic';
export { readPastedAmounts, splitPastedBlock } from './money/pasted-amounts';
export type { PastedAmountCell, PastedAmounts, PastedCellProblemCode, PastedNumberFormat } from './money/pasted-amounts';

// Committees
export { COMMITTEE_KINDS, COMMITTEE_KIND_LABELS, fagudvalg, findCommittee } from './committee/committee';
export type { Committee, CommitteeKind } from './committee/committee';

// Budget round
export { ROUND_DATE_LABELS, ROUND_DATE_ORDER } from './round/budget-round';
export type { BudgetRound, RoundDates } from './round/budget-round';
export { MAX_YEAR_COLUMNS, PERMANENT, PERMANENT_LABEL, columnKeys, columnLabel, roundColumns, yearColumnKey } from './round/round-columns';
export type { ColumnKey, RoundColumn } from './round/round-columns';
export { validateRound } from './round/validate-round';

// Proposal
export { AREA_LABEL, PROPOSAL_KINDS, PROPOSAL_KIND_LABELS, SECTION_KINDS, SECTION_KIND_LABELS } from './proposal/proposal';
export type { ProposalContent, ProposalDraftInput, ProposalKind, SectionKind, TextSection, TextSectionInput } from './proposal/proposal';
export { formatProposalReference, nextProposalReferences, parseProposalReference } from './proposal/proposal-reference';
export type { ProposalReferenceParts } from './proposal/proposal-reference';
export { ROW_CATEGORIES, ROW_CATEGORY_LABELS, TABLE_SUM_LABEL, categoryTotals, columnTotal, tableHeading, tableTotals } from './proposal/consequence-table';
export type { CategoryTotal, ConsequenceRow, ConsequenceTable, RowCategory, TableCells } from './proposal/consequence-table';
export { validateConsequenceTable } from './proposal/validate-table';
export type { ConsequenceRowInput, ConsequenceTableInput } from './proposal/validate-table';
export { MAX_TITLE_LENGTH, validateProposal } from './proposal/validate-proposal';
export { PROPOSAL_LIMITS } from './proposal/proposal-limits';

// Workflow
export { PROPOSAL_STATES, PROPOSAL_STATE_LABELS, isProposalState } from './workflow/proposal-state';
export type { ProposalState } from './workflow/proposal-state';
export { ACTIONS_NEEDING_AMENDED_TABLE, ACTIONS_NEEDING_REMARK, WORKFLOW_ACTIONS, WORKFLOW_ACTION_LABELS, isWorkflowAction } from './workflow/workflow-action';
export type { WorkflowAction } from './workflow/workflow-action';
export { READ_ONLY_ROLES, ROLES, ROLE_LABELS, describeActor } from './workflow/actor';
export type { Actor, Role } from './workflow/actor';
export { actorDisplayText, roleOnRecord } from './workflow/actor-on-record';
export type { ActorOnRecord } from './workflow/actor-on-record';
export type { AdministrationStep } from './workflow/administration-step';
export { lapseReason } from './workflow/lapse-reason';
export { WORKFLOW_TRANSITIONS, allowedActions, applyAction } from './workflow/workflow-rules';
export type { ActionDetails, ActionResult, Performer, Transition, WorkflowErrorCode, WorkflowSubject } from './workflow/workflow-rules';
export {
  DECISION_BODY_LABELS,
  DECISION_OUTCOMES,
  DECISION_OUTCOME_LABELS,
  bodyOfOutcome,
  decisionAction,
  isDecisionOutcome,
  validateDecision,
} from './workflow/decision';
export type { Decision, DecisionBody, DecisionInput, DecisionOutcome } from './workflow/decision';
export { decisionInForce, effectiveTable } from './workflow/effective-table';
export type { TableDecision } from './workflow/effective-table';
export { amountInForce, tableInForce } from './workflow/table-in-force';
export type { SubmittedAndDecided } from './workflow/table-in-force';
export { holderOf, isFinalState } from './workflow/proposal-holder';
export { mayReadProposal, readableDraftsOf } from './workflow/proposal-visibility';
export type { VisibleProposal } from './workflow/proposal-visibility';
export { decideImport } from './workflow/proposal-import';
export type { ImportChange, ImportDecision, ImportHistoryAction, ImportRefusalCode, ImportTarget } from './workflow/proposal-import';
export type { ProposalHolder } from './workflow/proposal-holder';
export { CLOSING_REASONS, closingStep } from './workflow/round-closing';
export type { ClosingStep } from './workflow/round-closing';
export { isNewerState } from './workflow/state-sequence';
export type { StateSequenced } from './workflow/state-sequence';
export { COMMITTEE_ACTIONS } from './workflow/holder-action';
export type { AdministrationAction, CommitteeAction } from './workflow/holder-action';
export type { MeetingReference } from './workflow/meeting-reference';

// Budget questions: the window, the deadline, numbering, who may do what, who may read what
export {
  ANSWERING_DAYS,
  WINDOW_STATES,
  answerDeadline,
  askingRefusal,
  closeWindowEarly,
  validateQuestionWindow,
  windowClosesAt,
  windowInput,
  windowState,
} from './question/question-window';
export type { QuestionWindow, QuestionWindowInput, WindowState } from './question/question-window';
export { AWAITING_ANSWER_STATES, PUBLISHED_QUESTION_STATES, QUESTION_STATES, QUESTION_STATE_LABELS, isQuestionState } from './question/question-state';
export type { QuestionState } from './question/question-state';
export { QUESTION_ACTS, QUESTION_ACT_LABELS } from './question/question-act';
export type { QuestionAct } from './question/question-act';
export { ANSWERER_KINDS, answererText, isAnswerer } from './question/answerer';
export type { Answerer } from './question/answerer';
export { QUESTION_TRANSITIONS, allowedQuestionActs, applyQuestionAct } from './question/question-rules';
export type { QuestionActResult, QuestionPerformer, QuestionRefusalCode, QuestionSubject, QuestionTransition } from './question/question-rules';
export { mayReadAnswer, mayReadDrafts, mayReadQuestion, questionScopeOf } from './question/question-visibility';
export type { QuestionScope, VisibleQuestion } from './question/question-visibility';
export { nextQuestionNumber, numberedWithoutGaps, questionTitle } from './question/question-number';
export { isOverdue } from './question/overdue';
export type { DeadlinedQuestion } from './question/overdue';
export { QUESTION_LIMITS } from './question/question-limits';
export { validateAnswerTable } from './question/answer-table';
export type { AnswerTable, AnswerTableInput, AnswerTableRow } from './question/answer-table';
export { requiredText, validateAnswer, validateQuestion } from './question/validate-question';
export type { AnswerContent, AnswerInput, QuestionContent, QuestionInput } from './question/validate-question';

// Reports
export { COUNTED_STATES, frameStatus } from './frame/frame-status';
export type { AmountsByState, CommitteeFrameStatus, FrameStatus, FrameStatusProposal } from './frame/frame-status';
export { FRAME_STATE_GROUPS, UNCOUNTED_STATES, sumOfStates } from './frame/frame-state-groups';
export type { FrameStateGroupKey } from './frame/frame-state-groups';
export { YEAR_TABLE_LABELS, yearTable } from './year-table/year-table';
export type { YearTable, YearTableProposal, YearTableRow } from './year-table/year-table';
export { NO_CONSEQUENCE, describeAmounts } from './wording/amount-wording';
export type { AmountWording, WordingKind } from './wording/amount-wording';

// Negotiation: packages (scenarios), their balance, comparison, and the budget agreement made from one
export { INCLUDABLE_STATES, RAADERUM_KEY, RAADERUM_NAME, sourceHeading } from './negotiation/package';
export type {
  AmountsInput,
  FundingSource,
  FundingSourceInput,
  FundingSourceKey,
  Initiative,
  InitiativeInput,
  NegotiableProposal,
  NegotiationPackage,
  PackageInput,
  PackageProposal,
  PackageProposalInput,
} from './negotiation/package';
export { PACKAGE_LIMITS } from './negotiation/package-limits';
export { AGREEMENT_LIMITS } from './negotiation/agreement-limits';
export { NEGOTIATORS, mayNegotiate } from './negotiation/package-access';
export { validatePackage } from './negotiation/validate-package';
export type { PackageContext } from './negotiation/validate-package';
export { sameTable } from './negotiation/same-table';
export { initiativeItemKey, isChangedByPackage, packageItems, proposalItemKey } from './negotiation/package-items';
export type { PackageItem, PackageItemKind } from './negotiation/package-items';
export { BALANCED_MESSAGE, balanceOf, packageBalance } from './negotiation/package-balance';
export type { ColumnBalance, PackageBalance, Shortfall, ShortfallColumn, SourceBalance } from './negotiation/package-balance';
export { comparePackages } from './negotiation/compare-packages';
export type {
  ComparedEntry,
  ComparedItem,
  ComparedPackage,
  ComparedSource,
  ItemDifference,
  PackageColumnTotals,
  PackageComparison,
} from './negotiation/compare-packages';
export { DECISION_SENTENCE_OPENING, agreementAmounts, appendixLine, decisionSentence, purposeOf } from './negotiation/agreement-wording';
export type { AgreementAmounts, WordedInitiative } from './negotiation/agreement-wording';
export { describePackageChanges } from './negotiation/package-changes';

// Publication: the budget office publishes a round's material on the region's website
export { PUBLICATION_LIMITS, PUBLISHERS, mayPublish, validatePublication } from './publication/publication';
export type { PublicationInput } from './publication/publication';
export { agreementFromPackage } from './negotiation/agreement-from-package';
export type {
  AgreementAdoption,
  AgreementChapterDraft,
  AgreementFromPackage,
  AgreementInitiativeDraft,
  AgreementPlan,
  UnapprovedProposal,
} from './negotiation/agreement-from-package';

// Demo data (Budget 2026 of the region's catalogue)
export { budget2026Round } from './demo/budget-2026.fixture';
export { budget2026Proposals } from './demo/budget-2026-proposals.fixture';
