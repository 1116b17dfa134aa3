import { TableCells } from '@budgetflow/domain';

/**
 * The budget agreement as the document the region signs (issue 29): the shape agreement.adopted.v2 carries, the
 * workflow stores and the reporting service's bilag print. Amounts are the domain's TableCells (exact thousand kroner
 * per year column and 'permanent', the tables' sign: spending positive, savings negative; null an empty cell).
 */

/** Who signs: a party, or a member of the council who signs alone («løsgænger»), by name. */
export interface AgreementSignatory {
  kind: 'party' | 'member';
  name: string;
}

export const SIGNATORY_KINDS: readonly AgreementSignatory['kind'][] = ['party', 'member'];

/** A new initiative of the agreement (an appropriation, or a saving), with its decision sentence as confirmed. */
export interface AgreementInitiative {
  key: string;
  title: string;
  text: string;
  amounts: TableCells;
  /** The funding source as written in running text («sundhedspakken»); null = the råderum. */
  sourceName: string | null;
  /** The fagudvalg's committee code, or null. */
  committee: string | null;
  area: string | null;
  /** As RR's secretariat confirmed it: the domain's decisionSentence(), possibly edited. */
  decisionSentence: string;
  /** The domain's appendixLine(): the first appendix's line. */
  appendixLine: string;
}

/** A chapter of the agreement, in the agreement's order. */
export interface AgreementChapter {
  title: string;
  text: string;
  initiatives: AgreementInitiative[];
}

/** The agreement document. Without a package: one chapter «Aftalen», no initiatives, introduction '', the parties. */
export interface AgreementDocument {
  signatories: AgreementSignatory[];
  /** ISO date (YYYY-MM-DD). */
  date: string;
  introduction: string;
  chapters: AgreementChapter[];
  /** The proposals the agreement adopts (as in force, or with the package's amounts). */
  proposalIds: string[];
  /** The negotiation package it was made from, or null. */
  packageName: string | null;
}

/** The title of the one chapter of an agreement made without a package. */
export const AGREEMENT_WITHOUT_PACKAGE_CHAPTER = 'Aftalen';
