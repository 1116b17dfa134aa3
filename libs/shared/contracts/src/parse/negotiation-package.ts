import { FundingSource, Initiative, NegotiationPackage, PackageProposal } from '@budgetflow/domain';
import { parseConsequenceTable, parseTableCells } from './domain-values';
import { Parser, array, fields, integer, nonEmptyText, nullable, text } from './reader';

const source = fields<FundingSource>({ key: nonEmptyText, name: nonEmptyText, opening: parseTableCells });

const proposal = fields<PackageProposal>({ proposalId: nonEmptyText, amendedTable: nullable(parseConsequenceTable), source: nonEmptyText });

const initiative = fields<Initiative>({
  key: nonEmptyText,
  chapter: nonEmptyText,
  title: nonEmptyText,
  text,
  amounts: parseTableCells,
  source: nonEmptyText,
  committee: nullable(nonEmptyText),
  area: nullable(nonEmptyText),
});

/** A negotiation package as the domain validated it (the workflow stores it; it is never published). */
export const parseNegotiationPackage: Parser<NegotiationPackage> = fields<NegotiationPackage>({
  name: nonEmptyText,
  yearColumns: (value, path) => array(value, path, integer),
  sources: (value, path) => array(value, path, source),
  proposals: (value, path) => array(value, path, proposal),
  initiatives: (value, path) => array(value, path, initiative),
});
