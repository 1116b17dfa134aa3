// Test builders for negotiation packages: typed input (strings, as negotiators type) and parsed packages (amounts).
import { Amount } from '../money/amount';
import { ConsequenceTable } from '../proposal/consequence-table';
import {
  FundingSource,
  FundingSourceInput,
  Initiative,
  InitiativeInput,
  NegotiableProposal,
  NegotiationPackage,
  PackageInput,
  RAADERUM_KEY,
  RAADERUM_NAME,
} from '../negotiation/package';
import { PackageContext } from '../negotiation/validate-package';
import { aTableOf, cellsOf, typedCells } from './proposal.builder';
import { aRound } from './round.builder';

/** An FU-approved SU proposal saving 1,0 mio. kr. in every column, unless overridden. */
export function aNegotiableProposal(overrides: Partial<NegotiableProposal> = {}): NegotiableProposal {
  return {
    id: 'p-su-01',
    reference: 'B26-SU-01',
    title: 'Effektiv ambulatoriedrift',
    committee: 'SU',
    state: 'approved_by_fu',
    tableInForce: aTableOf(-1000, -1000, -1000, -1000),
    ...overrides,
  };
}

/** A proposal with the given id and reference whose table in force is one Drift row of these cells. */
export function aProposalWith(
  id: string,
  reference: string,
  cells: [Amount | null, Amount | null, Amount | null, Amount | null],
  overrides: Partial<NegotiableProposal> = {},
): NegotiableProposal {
  const table: ConsequenceTable = aTableOf(...cells);
  return aNegotiableProposal({ id, reference, tableInForce: table, ...overrides });
}

/** A typed other source: «sundhedspakken» with 5,0 mio. kr. in 2026 and 2027, unless overridden. */
export function aSourceInput(overrides: Partial<FundingSourceInput> = {}): FundingSourceInput {
  return { key: 'sundhedspakken', name: 'sundhedspakken', amounts: typedCells('5,0', '5,0', '-', '-'), ...overrides };
}

/** A typed initiative: more doctors and nurses, 2,0 mio. kr. every year and Permanent, from the råderum, unless overridden. */
export function anInitiativeInput(overrides: Partial<InitiativeInput> = {}): InitiativeInput {
  return {
    key: 'i-laeger',
    chapter: 'Hospitaler',
    title: 'Ansættelse af flere læger og mere plejepersonale',
    text: 'Aftaleparterne ønsker at styrke bemandingen på de akutte modtagelser.',
    amounts: typedCells('2,0', '2,0', '2,0', '2,0'),
    committee: 'SU',
    area: null,
    ...overrides,
  };
}

/** A typed package with a råderum of 0 in every column and nothing in it, unless overridden. */
export function aPackageInput(overrides: Partial<PackageInput> = {}): PackageInput {
  return { name: 'Forhandlingsoplæg 1', raaderum: typedCells('0', '0', '0', '0'), sources: [], proposals: [], initiatives: [], ...overrides };
}

/** What the default round and these proposals give validatePackage. */
export function aPackageContext(...proposals: NegotiableProposal[]): PackageContext {
  return { round: aRound(), proposals };
}

/** The råderum with this opening for 2026, 2027, 2028 and Permanent (0 everywhere by default). */
export function aRaaderum(y2026: Amount | null = 0, y2027: Amount | null = 0, y2028: Amount | null = 0, permanent: Amount | null = 0): FundingSource {
  return { key: RAADERUM_KEY, name: RAADERUM_NAME, opening: cellsOf(y2026, y2027, y2028, permanent) };
}

/** Another source with this opening. */
export function aSource(key: string, name: string, y2026: Amount | null, y2027: Amount | null, y2028: Amount | null, permanent: Amount | null): FundingSource {
  return { key, name, opening: cellsOf(y2026, y2027, y2028, permanent) };
}

/** A parsed initiative (the counterpart of anInitiativeInput()). */
export function anInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    key: 'i-laeger',
    chapter: 'Hospitaler',
    title: 'Ansættelse af flere læger og mere plejepersonale',
    text: 'Aftaleparterne ønsker at styrke bemandingen på de akutte modtagelser.',
    amounts: cellsOf(2000, 2000, 2000, 2000),
    source: RAADERUM_KEY,
    committee: 'SU',
    area: null,
    ...overrides,
  };
}

/** A parsed package of the default round (2026-2028): a råderum of 0 and nothing in it, unless overridden. */
export function aPackage(overrides: Partial<NegotiationPackage> = {}): NegotiationPackage {
  return { name: 'Forhandlingsoplæg 1', yearColumns: [2026, 2027, 2028], sources: [aRaaderum()], proposals: [], initiatives: [], ...overrides };
}
