import { ParseError, Parser, array, fields, nonEmptyText, nullable, object, oneOf, optional, text } from '@budgetflow/contracts';
import { TableCells, isAmount } from '@budgetflow/domain';
import { AgreementChapter, AgreementInitiative, AgreementSignatory, BilagAgreement } from '@budgetflow/reporting/bilag';

const texts: Parser<string[]> = (value, path) => array(value, path, text);

const amount: Parser<number> = (value, path) => {
  if (!isAmount(value)) throw new ParseError(path, 'must be an amount (an integer of thousand kroner)');
  return value;
};

const cells: Parser<TableCells> = (value, path) =>
  Object.fromEntries(Object.entries(object(value, path)).map(([key, cell]) => [key, nullable(amount)(cell, `${path}.${key}`)]));

const signatory = fields<AgreementSignatory>({ kind: oneOf(['party', 'member'] as const), name: nonEmptyText });

const initiative = fields<AgreementInitiative>({
  key: nonEmptyText,
  title: nonEmptyText,
  text,
  amounts: cells,
  sourceName: nullable(text),
  committee: nullable(text),
  area: nullable(text),
  decisionSentence: nonEmptyText,
  appendixLine: nonEmptyText,
});

const chapter = fields<AgreementChapter>({ title: nonEmptyText, text, initiatives: (value, path) => array(value, path, initiative) });

/**
 * The budget agreement as the read model keeps it (report_round.agreement): parties, date and proposals, and the
 * document fields of agreement.adopted v2 where the agreement has them (a v1 agreement's row has none).
 */
export const parseStoredAgreement: Parser<BilagAgreement> = fields<BilagAgreement>({
  parties: texts,
  date: nonEmptyText,
  proposalIds: texts,
  signatories: optional((value, path) => array(value, path, signatory)),
  introduction: optional(text),
  chapters: optional((value, path) => array(value, path, chapter)),
  packageName: optional(nullable(text)),
});
