import { AnswerTable, BudgetRound, danishLongDate, questionTitle, roundColumns } from '@budgetflow/domain';
import { answererGroups } from '../content/question-groups';
import { printableQuestions } from '../content/question-selection';
import { AmountTableSpec, detailRow } from '../layout/amount-table';
import { BilagData, BilagQuestion } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { BilagTable } from './bilag-table';

/** «Spørgsmål nr. 7 er besvaret sammen med spørgsmål nr. 3»: a merged question's place. */
export function answeredWithText(question: BilagQuestion): string {
  const into = question.mergedInto?.number ?? 0;
  return `${questionTitle(question.number)} er besvaret sammen med ${questionTitle(into).toLocaleLowerCase('da')}.`;
}

/** «Mette Lund (Socialdemokratiet)». */
export function askerText(question: BilagQuestion): string {
  return `${question.asker.name} (${question.asker.party})`;
}

/** An answer's small table: its rows as written, one column per year of the round and Permanent; nothing is summed. */
export function answerTableSpec(round: BudgetRound, table: AnswerTable): AmountTableSpec {
  const columns = roundColumns(round);
  return {
    textColumns: [{ header: '', width: '*' }],
    amountHeaders: columns.map((column) => column.label),
    rows: table.rows.map((row) =>
      detailRow(
        [row.label],
        columns.map((column) => row.cells[column.key] ?? null),
      ),
    ),
  };
}

/** The caption above an answer's table. */
export function answerTableCaption(round: BudgetRound): string {
  return `Beløb i svaret (${round.priceLevel}; mio. kr.)`;
}

/** The sheet of one answer's table: «Svar nr. 3». */
function answerSheet(round: BudgetRound, question: BilagQuestion, table: AnswerTable): BilagTable {
  return {
    sheet: `Svar nr. ${question.number}`,
    label: questionTitle(question.number),
    caption: answerTableCaption(round),
    spec: answerTableSpec(round, table),
  };
}

/**
 * The appendix as sheets: every printed question once, by number, with its asker, party, date, answerer, wording and
 * answer (a merged one says which question answers it), then each answer's table of amounts on a sheet of its own,
 * from the same functions as the PDF.
 */
export function questionAnswerTables(data: BilagData): BilagTable[] {
  const { round } = data.round;
  const printable = printableQuestions(data.questions);
  const groups = answererGroups(round, printable);
  const answererOf = new Map(
    groups.flatMap((group) => group.questions.flatMap(({ question, merged }) => [question, ...merged].map((entry) => [entry.id, group.title]))),
  );
  const approvedOf = new Map(printable.filter((question) => question.answer).map((question) => [question.id, question]));
  const list: BilagTable = {
    sheet: 'Spørgsmål og svar',
    caption: reportTitle('budgetspoergsmaal', round),
    spec: {
      textColumns: ['Nr.', 'Spørger', 'Parti', 'Stillet', 'Spørgsmål', 'Svar', 'Udvalg', 'Besvaret af', 'Godkendt af', 'Godkendt'].map((header) => ({
        header,
        width: '*' as const,
      })),
      amountHeaders: [],
      rows: printable.map((question) => {
        // A merged question is answered by the answer of the question it was merged into.
        const answer = (question.answer ? question : approvedOf.get(question.mergedInto?.questionId ?? ''))?.answer ?? null;
        return detailRow(
          [
            String(question.number),
            question.asker.name,
            question.asker.party,
            danishLongDate(question.askedAt),
            question.text,
            question.answer ? question.answer.text : answeredWithText(question),
            answererOf.get(question.id) ?? '',
            answer?.answeredBy ?? '',
            answer?.approvedBy ?? '',
            answer ? danishLongDate(answer.approvedAt) : '',
          ],
          [],
        );
      }),
    },
  };
  const tables = groups.flatMap((group) =>
    group.questions.flatMap(({ question }) => (question.answer?.table ? [answerSheet(round, question, question.answer.table)] : [])),
  );
  return [list, ...tables];
}
