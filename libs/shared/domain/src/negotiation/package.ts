import { TableCells, ConsequenceTable } from '../proposal/consequence-table';
import { ConsequenceTableInput } from '../proposal/validate-table';
import { upperFirst } from '../validation/text';
import { ProposalState } from '../workflow/proposal-state';

/**
 * A negotiation package (scenario, «forhandlingsoplæg»): the committees' proposals it includes, the new initiatives the
 * parties add, and the funding sources that must cover them, per year column and Permanent. Amounts have the tables'
 * sign: savings negative, spending positive. Every item is financed by exactly one source, the råderum unless another
 * is named.
 */

/** Key of a funding source within its package; items name their source by it. */
export type FundingSourceKey = string;

/** The key of the råderum, the source every package has and every item uses unless it names another. */
export const RAADERUM_KEY: FundingSourceKey = 'raaderum';

/** The råderum's name as written in running text («finansieret af råderummet»). */
export const RAADERUM_NAME = 'råderummet';

/** The proposal states a package may include: approved by FU, or still on FU's agenda. */
export const INCLUDABLE_STATES: readonly ProposalState[] = ['on_fu_agenda', 'approved_by_fu'];

/**
 * A funding source with its opening amount per column ("-" is null, counted as 0). The råderum's opening is the room
 * before any item (zero, or negative where savings must close a gap); another source's is what it brings.
 */
export interface FundingSource {
  readonly key: FundingSourceKey;
  /** As written in running text, e.g. «sundhedspakken», «Novo Nordisk Fonden»; capitalise the first letter for a heading. */
  readonly name: string;
  readonly opening: TableCells;
}

/** A proposal included in a package: the table in force, or the package's own amended table. */
export interface PackageProposal {
  readonly proposalId: string;
  /** The package's amounts for the proposal; null keeps the table in force (also after a later FU decision). */
  readonly amendedTable: ConsequenceTable | null;
  readonly source: FundingSourceKey;
}

/** A new initiative of the parties, which no committee proposed; possibly a saving (e.g. a general frame cut). */
export interface Initiative {
  /** Stable within the package and kept when a package is copied, so that packages can be compared item by item. */
  readonly key: string;
  /** The agreement chapter it belongs to, e.g. «Hospitaler» or «Arbejdsmiljø». */
  readonly chapter: string;
  readonly title: string;
  /** The text of the agreement about it; may be empty while negotiating. */
  readonly text: string;
  readonly amounts: TableCells;
  readonly source: FundingSourceKey;
  /** The fagudvalg it belongs to (a committee code of the round), or null. */
  readonly committee: string | null;
  /** The area it concerns (a hospital, «Regional udvikling»), or null; a committee or an area is always given. */
  readonly area: string | null;
}

/** A validated package. */
export interface NegotiationPackage {
  readonly name: string;
  /** The round's year columns; every amount has these and the Permanent column. */
  readonly yearColumns: readonly number[];
  /** The råderum first (key RAADERUM_KEY), then the other sources in the order given. */
  readonly sources: readonly FundingSource[];
  readonly proposals: readonly PackageProposal[];
  readonly initiatives: readonly Initiative[];
}

/** What a package needs to know of a proposal of the round (the services supply it, with the domain's tableInForce). */
export interface NegotiableProposal {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly committee: string;
  readonly state: ProposalState;
  readonly tableInForce: ConsequenceTable;
}

/** Amounts as typed: a Danish amount text per column key ("-0,125", "2,0 mio. kr."; "-" or "" is empty). */
export type AmountsInput = Readonly<Record<string, string>>;

/** Another funding source as typed. */
export interface FundingSourceInput {
  readonly key: string;
  readonly name: string;
  readonly amounts: AmountsInput;
}

/** An included proposal as typed; a source left out (or null) is the råderum. */
export interface PackageProposalInput {
  readonly proposalId: string;
  readonly amendedTable?: ConsequenceTableInput | null;
  readonly source?: string | null;
}

/** An initiative as typed; a source left out (or null) is the råderum. */
export interface InitiativeInput {
  readonly key: string;
  readonly chapter: string;
  readonly title: string;
  readonly text?: string | null;
  readonly amounts: AmountsInput;
  readonly source?: string | null;
  readonly committee?: string | null;
  readonly area?: string | null;
}

/** A package as typed (the API's body, the editor's state). */
export interface PackageInput {
  readonly name: string;
  /** The råderum's opening per column. */
  readonly raaderum: AmountsInput;
  readonly sources?: readonly FundingSourceInput[];
  readonly proposals?: readonly PackageProposalInput[];
  readonly initiatives?: readonly InitiativeInput[];
}

/** A source's name to begin a sentence or head a column: «sundhedspakken» → «Sundhedspakken». */
export function sourceHeading(source: Pick<FundingSource, 'name'>): string {
  return upperFirst(source.name);
}
