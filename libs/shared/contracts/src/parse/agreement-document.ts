import type { AgreementChapter, AgreementDocument, AgreementInitiative, AgreementSignatory } from '../events/agreement-document';
import { SIGNATORY_KINDS } from '../events/agreement-document';
import { isoDate, parseTableCells } from './domain-values';
import { Parser, array, fields, nonEmptyText, nullable, oneOf, text } from './reader';

const signatory = fields<AgreementSignatory>({ kind: oneOf(SIGNATORY_KINDS), name: nonEmptyText });

const initiative = fields<AgreementInitiative>({
  key: nonEmptyText,
  title: nonEmptyText,
  text,
  amounts: parseTableCells,
  sourceName: nullable(nonEmptyText),
  committee: nullable(nonEmptyText),
  area: nullable(nonEmptyText),
  decisionSentence: nonEmptyText,
  appendixLine: nonEmptyText,
});

const chapter = fields<AgreementChapter>({ title: nonEmptyText, text, initiatives: (value, path) => array(value, path, initiative) });

/** The agreement document, as agreement.adopted.v2 carries it and the workflow stores it. */
export const parseAgreementDocument: Parser<AgreementDocument> = fields<AgreementDocument>({
  signatories: (value, path) => array(value, path, signatory),
  date: isoDate,
  introduction: text,
  chapters: (value, path) => array(value, path, chapter),
  proposalIds: (value, path) => array(value, path, nonEmptyText),
  packageName: nullable(nonEmptyText),
});
