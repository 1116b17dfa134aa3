import { DECISION_OUTCOMES, DecisionOutcome, MeetingReference, isIsoDate } from '@budgetflow/domain';
import type { EventEnvelope } from '../envelope';
import type { ProposalChangedV1, ProposalSnapshotV1, RoundCreatedV1 } from '../events/intake-events';
import type { ReportGeneratedV1 } from '../events/reporting-events';
import type { AgreementAdoptedV1, AgreementAdoptedV2, MaterialPublishedV1, ProposalWorkflowChangedV1 } from '../events/workflow-events';
import { parseAgreementDocument } from './agreement-document';
import { parseBudgetRound, parseConsequenceTable, parseProposalContent, parseProposalState } from './domain-values';
import { ParseError, Parser, array, fields, integer, nonEmptyText, nullable, oneOf, positiveInteger, text } from './reader';

function isoDate(value: unknown, path: string): string {
  if (!isIsoDate(value)) throw new ParseError(path, 'must be a date YYYY-MM-DD');
  return value;
}

const OUTCOMES = [...DECISION_OUTCOMES.FU, ...DECISION_OUTCOMES.RR] as DecisionOutcome[];

/** A proposal's snapshot as intake's events carry it (and the workflow stores it). */
export const parseProposalSnapshot: Parser<ProposalSnapshotV1> = fields<ProposalSnapshotV1>({
  proposalId: nonEmptyText,
  roundId: nonEmptyText,
  reference: nonEmptyText,
  committee: nonEmptyText,
  state: parseProposalState,
  stateSequence: positiveInteger,
  version: integer,
  content: parseProposalContent,
  submittedAt: nullable(text),
  submittedBy: nullable(text),
});

const parseProposalChanged = fields<ProposalChangedV1>({ proposal: parseProposalSnapshot });

const parseRoundCreated = fields<RoundCreatedV1>({ roundId: nonEmptyText, round: parseBudgetRound });

const meeting = fields<MeetingReference>({
  id: nonEmptyText,
  body: oneOf(['FU', 'RR'] as const),
  date: nonEmptyText,
  agendaItem: integer,
});

const parseWorkflowChanged = fields<ProposalWorkflowChangedV1>({
  proposalId: nonEmptyText,
  roundId: nonEmptyText,
  state: parseProposalState,
  stateSequence: positiveInteger,
  remark: nullable(text),
  meeting: nullable(meeting),
  outcome: nullable(oneOf(OUTCOMES)),
  decisionText: nullable(text),
  decidedTable: nullable(parseConsequenceTable),
  reason: nullable(text),
});

const parseAgreementAdopted = fields<AgreementAdoptedV1>({
  agreementId: nonEmptyText,
  roundId: nonEmptyText,
  parties: (value, path) => array(value, path, text),
  date: nonEmptyText,
  proposalIds: (value, path) => array(value, path, nonEmptyText),
});

const parseAgreementAdoptedV2: Parser<AgreementAdoptedV2> = (value, path) => {
  const ids = fields<Pick<AgreementAdoptedV2, 'agreementId' | 'roundId' | 'parties'>>({
    agreementId: nonEmptyText,
    roundId: nonEmptyText,
    parties: (parties, partiesPath) => array(parties, partiesPath, text),
  })(value, path);
  return { ...ids, ...parseAgreementDocument(value, path) };
};

const parseMaterialPublished = fields<MaterialPublishedV1>({
  publicationId: nonEmptyText,
  roundId: nonEmptyText,
  title: nonEmptyText,
  date: isoDate,
  dataVersion: positiveInteger,
  publishedAt: nonEmptyText,
  replaces: nullable(nonEmptyText),
});

const parseReportGenerated = fields<ReportGeneratedV1>({
  roundId: nonEmptyText,
  report: nonEmptyText,
  proposalId: nullable(text),
  etag: nonEmptyText,
  dataVersion: integer,
});

/** The payload of an event, checked against its type; the aggregate must be the one the payload names. */
function payloadOf<T>(parse: Parser<T>, aggregate: (payload: T) => string): (envelope: EventEnvelope) => T {
  return (envelope) => {
    const payload = parse(envelope.payload, 'payload');
    if (aggregate(payload) !== envelope.aggregateId) throw new ParseError('aggregateId', `must be the aggregate the payload names (${aggregate(payload)})`);
    return payload;
  };
}

/** intake's proposal.*.v1 events. */
export const proposalChangedPayload = payloadOf(parseProposalChanged, (payload) => payload.proposal.proposalId);
/** round.created.v1. */
export const roundCreatedPayload = payloadOf(parseRoundCreated, (payload) => payload.roundId);
/** The workflow's proposal.*.v1 events. */
export const workflowChangedPayload = payloadOf(parseWorkflowChanged, (payload) => payload.proposalId);
/** agreement.adopted.v1. */
export const agreementAdoptedPayload = payloadOf(parseAgreementAdopted, (payload) => payload.roundId);
/** agreement.adopted.v2: v1's fields and the agreement document. */
export const agreementAdoptedV2Payload = payloadOf(parseAgreementAdoptedV2, (payload) => payload.roundId);
/** material.published.v1. */
export const materialPublishedPayload = payloadOf(parseMaterialPublished, (payload) => payload.roundId);
/** report.generated.v1. */
export const reportGeneratedPayload = payloadOf(parseReportGenerated, (payload) => payload.roundId);
