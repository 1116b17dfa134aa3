/** What the registry says of one problem code: the HTTP status it is answered with, and its Danish title. */
export interface ProblemEntry {
  readonly status: 400 | 401 | 403 | 404 | 408 | 409 | 413 | 415 | 422 | 428 | 429 | 500 | 503;
  readonly title: string;
}

/**
 * Every problem code the services and the gateway answer with, once: code → status → Danish title (the detail,
 * which names the proposal or round, is written where the problem arises). One code per meaning; a code that is
 * not here does not compile where a problem is raised, and the OpenAPI documents list each operation's codes from here.
 * The field-level codes inside `errors[]` (e.g. `amount.too_many_decimals`) belong to the domain's validation.
 */
export const PROBLEM_REGISTRY = {
  // The request itself
  'request.invalid': { status: 400, title: 'Ugyldige data' },
  'request.malformed_json': { status: 400, title: 'Ugyldig JSON' },
  'request.too_deep': { status: 400, title: 'For dybt indhold' },
  'request.too_large': { status: 413, title: 'For stor forespørgsel' },
  'request.timeout': { status: 408, title: 'For langsom forespørgsel' },
  'request.too_many_values': { status: 413, title: 'For stor forespørgsel' },
  'request.unsupported_media_type': { status: 415, title: 'Forkert indholdstype' },
  'request.unsupported_encoding': { status: 415, title: 'Ukendt tegnsæt' },
  'request.version_required': { status: 428, title: 'Versionen mangler' },
  'request.rate_limited': { status: 429, title: 'For mange forespørgsler' },
  'idempotency.in_progress': { status: 409, title: 'Konflikt' },
  'idempotency.key_reused': { status: 422, title: 'Nøglen er brugt' },
  'route.not_found': { status: 404, title: 'Findes ikke' },
  'resource.not_found': { status: 404, title: 'Findes ikke' },
  'server.error': { status: 500, title: 'Intern fejl' },
  // Who is asking
  'auth.unauthenticated': { status: 401, title: 'Ikke logget ind' },
  'session.missing': { status: 401, title: 'Ikke logget ind' },
  'session.expired': { status: 401, title: 'Ikke logget ind' },
  'csrf.refused': { status: 403, title: 'Forespørgslen blev afvist' },
  'round.budget_office_only': { status: 403, title: 'Ingen adgang' },
  'proposal.committee_only': { status: 403, title: 'Ingen adgang' },
  'proposal.import_not_allowed': { status: 403, title: 'Ingen adgang' },
  'meeting.forbidden': { status: 403, title: 'Ingen adgang' },
  'agenda.forbidden': { status: 403, title: 'Ingen adgang' },
  /** Publishing a round's material on the website is the budget office's act. */
  'publication.budget_office_only': { status: 403, title: 'Ingen adgang' },
  // The workflow rules' refusals (the domain's WorkflowErrorCode; a missing remark or table is a field of request.invalid)
  'workflow.reader_read_only': { status: 403, title: 'Ingen adgang' },
  'workflow.wrong_role': { status: 403, title: 'Ingen adgang' },
  'workflow.not_owner': { status: 403, title: 'Ingen adgang' },
  'workflow.invalid_transition': { status: 409, title: 'Ikke muligt nu' },
  /** Any act in a round the budget agreement has closed: on a proposal, a new proposal, a new meeting. */
  'workflow.round_closed': { status: 409, title: 'Ikke muligt nu' },
  // Budget questions (the domain's QuestionRefusalCode, and the question window)
  'question.wrong_role': { status: 403, title: 'Ingen adgang' },
  'question.not_answerer': { status: 403, title: 'Ingen adgang' },
  'question.invalid_transition': { status: 409, title: 'Ikke muligt nu' },
  /** The round's question window has not opened (or has not been set). */
  'question.window_not_open': { status: 409, title: 'Der kan ikke stilles spørgsmål endnu' },
  /** The window's deadline has passed, or the budget office closed it early. */
  'question.deadline_passed': { status: 409, title: 'Fristen for spørgsmål er udløbet' },
  /** A question cannot be merged into itself, a merged question or one of another round. */
  'question.merge_invalid': { status: 409, title: 'Kan ikke lægges sammen' },
  'question.version_conflict': { status: 409, title: 'Forældet version' },
  /** Setting or closing the question window: the budget office's. */
  'question.budget_office_only': { status: 403, title: 'Ingen adgang' },
  // What is asked for
  'round.not_found': { status: 404, title: 'Findes ikke' },
  'proposal.not_found': { status: 404, title: 'Findes ikke' },
  'meeting.not_found': { status: 404, title: 'Findes ikke' },
  'agenda.item_not_found': { status: 404, title: 'Findes ikke' },
  'agreement.not_found': { status: 404, title: 'Findes ikke' },
  /** Also every package route for a role other than the budget office and RR's secretariat: packages are confidential. */
  'package.not_found': { status: 404, title: 'Findes ikke' },
  'report.not_found': { status: 404, title: 'Findes ikke' },
  /** Also a question the caller may not read (another member's, another committee's): its existence is not told. */
  'question.not_found': { status: 404, title: 'Findes ikke' },
  /** The round has no question window yet. */
  'question.window_not_found': { status: 404, title: 'Findes ikke' },
  /** A bilag that is made once the round has come further (the budget agreement's documents before the agreement). */
  'report.not_yet_available': { status: 409, title: 'Findes ikke endnu' },
  // Conflicts with what is on record
  'proposal.version_conflict': { status: 409, title: 'Forældet version' },
  /** Another negotiator saved the package since the version the save builds on; the detail says what changed. */
  'package.version_conflict': { status: 409, title: 'Forældet version' },
  'proposal.duplicate_reference': { status: 409, title: 'Konflikt' },
  'round.duplicate': { status: 409, title: 'Konflikt' },
  'agenda.duplicate': { status: 409, title: 'Konflikt' },
  'agenda.already_decided': { status: 409, title: 'Konflikt' },
  'agreement.exists': { status: 409, title: 'Konflikt' },
  'agreement.not_rr_meeting': { status: 409, title: 'Konflikt' },
  'agreement.package_unbalanced': { status: 409, title: 'Pakken balancerer ikke' },
  'agreement.proposal_not_approved': { status: 409, title: 'Ikke godkendt af FU' },
  'proposal.held_by_committee': { status: 409, title: 'Konflikt' },
  /** The workflow has not received the state the request builds on yet: ask again. */
  'proposal.handover_pending': { status: 409, title: 'Ikke klar endnu' },
  // Files
  'import.not_a_spreadsheet': { status: 415, title: 'Ikke et regneark' },
  'import.legacy_xls': { status: 415, title: 'Gammelt Excel-format' },
  'import.too_many_rows': { status: 413, title: 'For mange linjer' },
  'import.workbook_too_many_entries': { status: 413, title: 'For mange dele i regnearket' },
  'import.workbook_too_large': { status: 413, title: 'Regnearket fylder for meget udpakket' },
  'import.too_many_cells': { status: 413, title: 'For mange celler' },
  'import.too_many_columns': { status: 413, title: 'For mange kolonner' },
  'import.in_progress': { status: 409, title: 'Indlæsning i gang' },
  'import.empty_file': { status: 422, title: 'Tom fil' },
  'import.encrypted': { status: 422, title: 'Krypteret fil' },
  'import.encoding': { status: 422, title: 'Forkert tegnsæt' },
  'import.no_sheet': { status: 422, title: 'Intet ark med forslag' },
  'import.invalid': { status: 422, title: 'Filen kan ikke indlæses' },
  // Services a request depends on
  /** Intake waited for the hand-over to the workflow and gave up; nothing changed. */
  'proposal.handover_timeout': { status: 503, title: 'Prøv igen om lidt' },
  'workflow.unavailable': { status: 503, title: 'Godkendelsesforløbet svarer ikke' },
  'service.unavailable': { status: 503, title: 'Tjenesten svarer ikke' },
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof PROBLEM_REGISTRY;

export const PROBLEM_CODES = Object.keys(PROBLEM_REGISTRY) as ProblemCode[];

/** The problems every act on a proposal can answer with, in either service: the lock, the permission, the rules, the version. */
export const PROPOSAL_ACT_PROBLEMS = [
  'proposal.not_found',
  'workflow.reader_read_only',
  'workflow.wrong_role',
  'workflow.not_owner',
  'workflow.invalid_transition',
  'workflow.round_closed',
  'proposal.version_conflict',
] as const satisfies readonly ProblemCode[];

/** The problems every act on a budget question can answer with: the question, the rules, the version. */
export const QUESTION_ACT_PROBLEMS = [
  'question.not_found',
  'question.wrong_role',
  'question.not_answerer',
  'question.invalid_transition',
  'question.version_conflict',
] as const satisfies readonly ProblemCode[];

/** True when the registry has this code (for codes that arrive as text, e.g. a file reader's refusal). */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_REGISTRY, code);
}
