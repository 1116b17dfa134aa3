// A large, deterministic Budget 2026 for load tests: many proposals with varied tables and texts.
import {
  BudgetRound,
  ProposalDraftInput,
  PROPOSAL_STATES,
  ProposalState,
  budget2026Round,
  fagudvalg,
  formatAmount,
  formatProposalReference,
  validateProposal,
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

function generatedInput(index: number, committee: string, sequence: number, next: () => number): ProposalDraftInput {
  const rows = Array.from({ length: 1 + (next() % 3) }, (_row, row) => ({
    label: row === 0 ? 'Drift' : `Delforslag ${row + 1}`,
    category: 'drift',
    // Validation refuses a row without any amount, so the budget year always has one.
    cells: { '2026': cell(next, false), '2027': cell(next, true), '2028': cell(next, true), permanent: cell(next, true) },
  }));
  return {
    reference: formatProposalReference(budget2026Round.budgetYear, committee, sequence),
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

/** Budget 2026, with generated committees («Udvalg 5», …) added when its four cannot hold `count` proposals. */
export function generatedRound(count: number): BudgetRound {
  const own = fagudvalg(budget2026Round.committees).length;
  const extra = Math.max(0, Math.ceil(count / PROPOSALS_PER_COMMITTEE) - own);
  if (extra === 0) return budget2026Round;
  const added = Array.from({ length: extra }, (_item, index) => ({
    code: `U${own + index + 1}`,
    name: `Udvalg ${own + index + 1}`,
    kind: 'fagudvalg' as const,
  }));
  const [committees, bodies] = [fagudvalg(budget2026Round.committees), budget2026Round.committees.filter((committee) => committee.kind !== 'fagudvalg')];
  return { ...budget2026Round, committees: [...committees, ...added, ...bodies] };
}

/** Budget 2026 with `count` generated proposals spread evenly over its committees (at most 999 each). */
export function generatedBilagData(count: number, seed = 2026): BilagData {
  const next = generator(seed);
  const round = generatedRound(count);
  const committees = fagudvalg(round.committees).map((committee) => committee.code);
  const proposals: BilagProposal[] = Array.from({ length: count }, (_item, index) => {
    const committee = committees[index % committees.length] ?? 'SU';
    const input = generatedInput(index, committee, Math.floor(index / committees.length) + 1, next);
    const result = validateProposal(input, round);
    if (!result.ok) throw new Error(`${input.reference}: ${result.issues.map((issue) => issue.message).join(' ')}`);
    return { id: `generated-${index + 1}`, content: result.value, state: STATES[next() % STATES.length] ?? 'submitted', decidedTable: null, amendedBy: null };
  });
  return aBilagData({ round: { id: 'round-budget-2026', round }, proposals });
}

/**
 * The generated round with its proposals in every state of the workflow in turn, every other FU-approved or adopted
 * proposal amended (its decided amounts half the submitted ones, by FU or RR) and the adopted ones in a budget
 * agreement: what the bilag print differently, for conformance tests. (generatedBilagData keeps its states for the
 * benchmark's comparisons.)
 */
export function generatedRoundInEveryState(count: number): BilagData {
  const data = generatedBilagData(count);
  const proposals = data.proposals.map((proposal, index): BilagProposal => {
    const state = PROPOSAL_STATES[index % PROPOSAL_STATES.length] ?? 'submitted';
    const amendable = state === 'approved_by_fu' || state === 'adopted';
    if (!amendable || Math.floor(index / PROPOSAL_STATES.length) % 2 !== 0) return { ...proposal, state };
    const { table } = proposal.content;
    const halved = table.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([key, amount]) => [key, amount === null ? null : Math.round(amount / 2)])),
    }));
    return { ...proposal, state, decidedTable: { ...table, rows: halved }, amendedBy: state === 'adopted' ? 'RR' : 'FU' };
  });
  const adopted = proposals.filter((proposal) => proposal.state === 'adopted').map((proposal) => proposal.id);
  const agreement = anAgreement([], { parties: ['Socialdemokratiet', 'Venstre', 'SF'], date: '2026-09-24', proposalIds: adopted });
  return { ...data, proposals, agreement: { ...agreement, signatories: agreement.parties.map((name) => ({ kind: 'party' as const, name })) } };
}
