// A large, deterministic Budget 2026 for load tests: many proposals with varied tables and texts.
import {
  AdministrationStep,
  BudgetRound,
  ProposalDraftInput,
  PROPOSAL_STATES,
  PERMANENT,
  ProposalState,
  budget2026Round,
  fagudvalg,
  formatAmount,
  formatProposalReference,
  validateProposal,
  yearColumnKey,
} from '@budgetflow/domain';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { aBilagData, anAgreement } from './bilag-data.builder';

const STATES: readonly ProposalState[] = ['submitted', 'on_fu_agenda', 'approved_by_fu', 'adopted', 'adopted', 'adopted', 'rejected_by_fu', 'returned'];
const WORDS =
  'omstilling drift patienter hospital afdeling ressourcer kvalitet digitalisering personale samarbejde økonomi besparelse effektivisering udvikling opgaver'.split(
    ' ',
  );

/** A tiny linear congruential generator: the same seed gives the same round on every machine. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[next() % WORDS.length]).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 3 + (next() % 4) }, () => sentence(next, 8 + (next() % 10))).join(' ');
}

function cell(next: () => number, mayBeEmpty: boolean): string {
  // Mostly savings in whole hundred thousands, some in thousands (e.g. -0,125), some empty.
  const kind = next() % 10;
  if (kind === 0) return mayBeEmpty ? '-' : formatAmount(-100);
  const amount = kind === 1 ? -(next() % 2000) - 1 : -((next() % 150) + 1) * 100;
  return formatAmount(amount);
}

/** A row's cells: one per year column, then Permanent (drawn in this order, so Budget 2026's three years stay as they were). */
function cells(round: BudgetRound, next: () => number): Record<string, string> {
  // Validation refuses a row without any amount, so the budget year always has one.
  const years = round.yearColumns.map((year, index): [string, string] => [yearColumnKey(year), cell(next, index > 0)]);
  return Object.fromEntries([...years, [PERMANENT, cell(next, true)]]);
}

function generatedInput(round: BudgetRound, index: number, committee: string, sequence: number, next: () => number): ProposalDraftInput {
  const rows = Array.from({ length: 1 + (next() % 3) }, (_row, row) => ({
    label: row === 0 ? 'Drift' : `Delforslag ${row + 1}`,
    category: 'drift',
    cells: cells(round, next),
  }));
  return {
    reference: formatProposalReference(round.budgetYear, committee, sequence),
    committee,
    title: `Forslag ${index + 1}: ${sentence(next, 3 + (next() % 6)).slice(0, -1)}`,
    area: 'Region Nordjylland',
    kind: 'omstilling',
    sections: [
      { kind: 'baggrund', body: `${paragraph(next)}\n\n${paragraph(next)}` },
      { kind: 'oekonomi', body: paragraph(next) },
    ],
    table: { rows },
  };
}

// A committee numbers its proposals with three digits (B26-SU-999).
const PROPOSALS_PER_COMMITTEE = 999;

/** What a generated round may differ in besides its size. */
export interface GeneratedRoundOptions {
  /** The seed of the proposals' texts and amounts. */
  readonly seed?: number;
  /** How many year columns the round has, from the budget year on (Budget 2026 has 3). */
  readonly yearColumns?: number;
}

/** Budget 2026 with `count` consecutive year columns from its budget year. */
function withYearColumns(round: BudgetRound, count: number): BudgetRound {
  if (count === round.yearColumns.length) return round;
  return { ...round, yearColumns: Array.from({ length: count }, (_item, index) => round.budgetYear + index) };
}

/**
 * Budget 2026, with generated committees («Udvalg 5», …) added when its four cannot hold `count` proposals, and
 * `yearColumns` year columns when given.
 */
export function generatedRound(count: number, yearColumns = budget2026Round.yearColumns.length): BudgetRound {
  const round = withYearColumns(budget2026Round, yearColumns);
  const own = fagudvalg(round.committees).length;
  const extra = Math.max(0, Math.ceil(count / PROPOSALS_PER_COMMITTEE) - own);
  if (extra === 0) return round;
  const added = Array.from({ length: extra }, (_item, index) => ({
    code: `U${own + index + 1}`,
    name: `Udvalg ${own + index + 1}`,
    kind: 'fagudvalg' as const,
  }));
  const [committees, bodies] = [fagudvalg(round.committees), round.committees.filter((committee) => committee.kind !== 'fagudvalg')];
  return { ...round, committees: [...committees, ...added, ...bodies] };
}

/** Budget 2026 with `count` generated proposals spread evenly over its committees (at most 999 each). */
export function generatedBilagData(count: number, { seed = 2026, yearColumns }: GeneratedRoundOptions = {}): BilagData {
  const next = generator(seed);
  const round = generatedRound(count, yearColumns);
  const committees = fagudvalg(round.committees).map((committee) => committee.code);
  const proposals: BilagProposal[] = Array.from({ length: count }, (_item, index) => {
    const committee = committees[index % committees.length] ?? 'SU';
    const input = generatedInput(round, index, committee, Math.floor(index / committees.length) + 1, next);
    const result = validateProposal(input, round);
    if (!result.ok) throw new Error(`${input.reference}: ${result.issues.map((issue) => issue.message).join(' ')}`);
    return {
      id: `generated-${index + 1}`,
      content: result.value,
      state: STATES[next() % STATES.length] ?? 'submitted',
      stateSequence: 4,
      decidedTable: null,
      amendedBy: null,
      steps: [],
    };
  });
  return aBilagData({ round: { id: 'round-budget-2026', round }, proposals });
}

const FU_MEETING = '2026-06-16';
const RR_MEETING = '2026-09-24';

/**
 * The workflow's steps that lead to a state as a round records them (scheduled for FU, FU's decision, RR's; a lapse
 * after FU postponed), with the state sequence of the last: the fact sheet prints the decisions and why it lapsed.
 */
function recordOf(state: ProposalState, amended: boolean): { stateSequence: number; steps: AdministrationStep[] } {
  const step = (stateSequence: number, to: ProposalState, decision?: Pick<AdministrationStep, 'outcome' | 'decisionText'>, meetingDate = FU_MEETING) => ({
    stateSequence,
    state: to,
    meetingDate: decision || to === 'on_fu_agenda' ? meetingDate : null,
    outcome: decision?.outcome ?? null,
    decisionText: decision?.decisionText ?? null,
  });
  const scheduled = step(3, 'on_fu_agenda');
  const approved = step(4, 'approved_by_fu', {
    outcome: amended && state === 'approved_by_fu' ? 'approved_with_changes' : 'approved',
    decisionText: 'Forretningsudvalget godkendte forslaget.',
  });
  switch (state) {
    case 'returned':
      return { stateSequence: 3, steps: [step(3, 'returned')] };
    case 'on_fu_agenda':
      return { stateSequence: 3, steps: [scheduled] };
    case 'approved_by_fu':
      return { stateSequence: 4, steps: [scheduled, approved] };
    case 'rejected_by_fu':
      return {
        stateSequence: 4,
        steps: [scheduled, step(4, 'rejected_by_fu', { outcome: 'rejected', decisionText: 'Forretningsudvalget afviste forslaget.' })],
      };
    case 'adopted':
    case 'not_adopted': {
      const outcome = state === 'not_adopted' ? 'not_adopted' : amended ? 'adopted_with_changes' : 'adopted';
      return {
        stateSequence: 5,
        steps: [scheduled, approved, step(5, state, { outcome, decisionText: 'Regionsrådets beslutning ved budgetaftalen.' }, RR_MEETING)],
      };
    }
    case 'lapsed':
      return {
        stateSequence: 5,
        steps: [scheduled, step(4, 'submitted', { outcome: 'postponed', decisionText: 'Udsat til et senere møde.' }), step(5, 'lapsed')],
      };
    default:
      return { stateSequence: state === 'draft' ? 1 : state === 'withdrawn' ? 3 : 2, steps: [] };
  }
}

/**
 * The generated round with its proposals in every state of the workflow in turn, every other FU-approved or adopted
 * proposal amended (its decided amounts half the submitted ones, by FU or RR) and the adopted ones in a budget
 * agreement, each with the workflow's steps that lead to its state: what the bilag print differently, for conformance tests. (generatedBilagData keeps its states for the
 * benchmark's comparisons.)
 */
export function generatedRoundInEveryState(count: number, options: GeneratedRoundOptions = {}): BilagData {
  const data = generatedBilagData(count, options);
  const proposals = data.proposals.map((proposal, index): BilagProposal => {
    const state = PROPOSAL_STATES[index % PROPOSAL_STATES.length] ?? 'submitted';
    const amendable = state === 'approved_by_fu' || state === 'adopted';
    if (!amendable || Math.floor(index / PROPOSAL_STATES.length) % 2 !== 0) return { ...proposal, state, ...recordOf(state, false) };
    const { table } = proposal.content;
    const halved = table.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([key, amount]) => [key, amount === null ? null : Math.round(amount / 2)])),
    }));
    return { ...proposal, state, ...recordOf(state, true), decidedTable: { ...table, rows: halved }, amendedBy: state === 'adopted' ? 'RR' : 'FU' };
  });
  const adopted = proposals.filter((proposal) => proposal.state === 'adopted').map((proposal) => proposal.id);
  const agreement = anAgreement([], { parties: ['Socialdemokratiet', 'Venstre', 'SF'], date: '2026-09-24', proposalIds: adopted });
  return { ...data, proposals, agreement: { ...agreement, signatories: agreement.parties.map((name) => ({ kind: 'party' as const, name })) } };
}
