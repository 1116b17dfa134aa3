import type { components as IntakeComponents } from './generated/intake';
import type { components as ReportingComponents } from './generated/reporting';
import type { components as WorkflowComponents } from './generated/workflow';

// The services' answers by the names the pages use: each is the generated type of its OpenAPI schema.

type Intake = IntakeComponents['schemas'];
type Workflow = WorkflowComponents['schemas'];
type Reporting = ReportingComponents['schemas'];

export type RoundView = Intake['RoundView'];
export type ProposalView = Intake['ProposalView'];
export type HistoryEntryView = Intake['HistoryEntryView'];
export type ImportResultView = Intake['ImportResultView'];
export type ProposalDraftBody = Intake['ProposalDraftDto'];
export type CreateRoundBody = Intake['CreateRoundDto'];
export type ProblemDetails = Intake['ProblemDetailsSchema'];
export type ProblemIssue = Intake['ProblemIssueSchema'];

export type WorkflowProposalView = Workflow['ProposalWorkflowView'];
export type MeetingView = Workflow['MeetingView'];
export type AgendaItemView = Workflow['AgendaItemView'];
export type PackageView = Workflow['PackageView'];
export type PackageBody = Workflow['PackageDto'];
export type NegotiationPackageView = Workflow['NegotiationPackageView'];
export type PackageHistoryEntryView = Workflow['PackageHistoryEntryView'];
export type PackageComparisonView = Workflow['PackageComparisonView'];
export type PackageBalanceView = Workflow['PackageBalanceView'];
export type BudgetAgreementView = Workflow['BudgetAgreementView'];
export type QuestionView = Workflow['QuestionView'];
export type QuestionWindowView = Workflow['QuestionWindowView'];
export type QuestionHistoryEntryView = Workflow['QuestionHistoryEntryView'];
export type PublicationView = Workflow['PublicationView'];
export type PublicationBody = Workflow['PublicationDto'];

export type ReportLinkView = Reporting['ReportLinkView'];
export type PublicationStatusView = Reporting['PublicationStatusView'];

export type { SessionView } from '@budgetflow/contracts';
