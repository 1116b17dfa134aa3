import { Committee } from '../committee/committee';
import { Amount } from '../money/amount';
import { IsoDate } from '../validation/iso-date';

/** The dates of a round; all optional, and in this order when present. */
export interface RoundDates {
  /** FU sets the target and the frames. */
  readonly framesApprovedByFu?: IsoDate;
  /** The committees hand in their proposals. */
  readonly proposalDeadline?: IsoDate;
  /** FU approves the committees' proposals into the budget material. */
  readonly committeeWorkApprovedByFu?: IsoDate;
  /** RR adopts the budget. */
  readonly rrAdoption?: IsoDate;
}

/** The keys of RoundDates in the order the dates must come. */
export const ROUND_DATE_ORDER: readonly (keyof RoundDates)[] = ['framesApprovedByFu', 'proposalDeadline', 'committeeWorkApprovedByFu', 'rrAdoption'];

/** Danish labels of the round dates. */
export const ROUND_DATE_LABELS: Readonly<Record<keyof RoundDates, string>> = {
  framesApprovedByFu: 'FU fastsætter rammer',
  proposalDeadline: 'Frist for forslag',
  committeeWorkApprovedByFu: 'FU godkender udvalgsarbejdet',
  rrAdoption: 'Regionsrådets vedtagelse',
};

/** A yearly budget round ("Budget 2026") of one region. */
export interface BudgetRound {
  readonly name: string;
  readonly region: string;
  readonly budgetYear: number;
  /** Price level of all amounts, e.g. "P/L-2025". */
  readonly priceLevel: string;
  /** The year columns, budget year first, consecutive, at most MAX_YEAR_COLUMNS; the Permanent column is always added. */
  readonly yearColumns: readonly number[];
  /** The saving the round must find (råderum), positive; null when the round has no target. */
  readonly target: Amount | null;
  /** Saving frame per fagudvalg code, positive; a fagudvalg without an entry has no frame. */
  readonly frames: Readonly<Record<string, Amount>>;
  readonly committees: readonly Committee[];
  readonly dates?: RoundDates;
}
