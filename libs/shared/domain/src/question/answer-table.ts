import { Amount } from '../money/amount';
import { parseAmount } from '../money/parse-amount';
import { TableCells } from '../proposal/consequence-table';
import { BudgetRound } from '../round/budget-round';
import { columnKeys, columnLabel } from '../round/round-columns';
import { nameKey } from '../validation/name-key';
import { checkText, cleanText, quote } from '../validation/text';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';
import { QUESTION_LIMITS } from './question-limits';

/**
 * An answer's small table of amounts, in the year table's form: rows with a label and one exact amount (thousand kr.)
 * or an empty cell per column of the round (its years and Permanent). It shows figures, so nothing is summed.
 */
export interface AnswerTable {
  readonly rows: readonly AnswerTableRow[];
}

export interface AnswerTableRow {
  readonly label: string;
  readonly cells: TableCells;
}

/** The table as typed: each cell a Danish amount («-0,125», «2,2 mio. kr.», «-» for empty). */
export interface AnswerTableInput {
  readonly rows: readonly { readonly label: string; readonly cells: Readonly<Record<string, string>> }[];
}

/** Parses and checks an answer's table against the round's columns; every problem at once, under `path`. */
export function validateAnswerTable(input: AnswerTableInput, round: Pick<BudgetRound, 'yearColumns'>, path = 'table'): Validated<AnswerTable> {
  const rows = Array.isArray(input?.rows) ? input.rows : [];
  if (rows.length === 0)
    return { ok: false, issues: [issue('answer_table.no_rows', `${path}.rows`, 'Tabellen skal have mindst én række; udelad den ellers.')] };
  if (rows.length > QUESTION_LIMITS.answerTableRows) {
    return {
      ok: false,
      issues: [
        issue(
          'answer_table.too_many_rows',
          `${path}.rows`,
          `Tabellen har ${rows.length} rækker; et svar kan have højst ${QUESTION_LIMITS.answerTableRows}. Vedlæg større opgørelser som bilag.`,
        ),
      ],
    };
  }
  const keys = columnKeys(round);
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const parsed: AnswerTableRow[] = rows.map((row, index) => {
    const rowPath = `${path}.rows[${index}]`;
    const label = cleanText(row?.label);
    if (!label) issues.push(issue('answer_table.row_label_empty', `${rowPath}.label`, `Række ${index + 1} skal have en tekst.`));
    else if (label.length > QUESTION_LIMITS.rowLabelCharacters)
      issues.push(
        issue(
          'answer_table.row_label_too_long',
          `${rowPath}.label`,
          `Rækken ${quote(label.slice(0, 40))} har en tekst på ${label.length} tegn; højst ${QUESTION_LIMITS.rowLabelCharacters} er tilladt.`,
        ),
      );
    else {
      issues.push(...checkText(label, `${rowPath}.label`, `Teksten i række ${index + 1}`));
      if (seen.has(nameKey(label))) issues.push(issue('answer_table.duplicate_row_label', `${rowPath}.label`, `Rækken ${quote(label)} står der allerede.`));
      seen.add(nameKey(label));
    }
    const typed: Readonly<Record<string, unknown>> = row?.cells && typeof row.cells === 'object' ? row.cells : {};
    for (const key of Object.keys(typed).filter((key) => !keys.includes(key))) {
      issues.push(
        issue('answer_table.unknown_column', `${rowPath}.cells.${key}`, `Runden har ingen kolonne ${quote(key)}; brug ${keys.map(quote).join(', ')}.`),
      );
    }
    const cells: Record<string, Amount | null> = {};
    for (const key of keys) {
      const cellPath = `${rowPath}.cells.${key}`;
      const value = typed[key];
      if (value === undefined) {
        issues.push(issue('answer_table.missing_column', cellPath, `Række ${index + 1} mangler et felt for ${columnLabel(key)}; skriv «-» for en tom celle.`));
        continue;
      }
      const amount = typeof value === 'string' ? parseAmount(value) : null;
      if (amount?.ok) cells[key] = amount.value;
      else
        issues.push(
          issue(
            'answer_table.cell_invalid',
            cellPath,
            `Række ${index + 1}, ${columnLabel(key)}: ${amount ? amount.error.message : 'skal være et beløb som tekst, fx «-2,2».'}`,
          ),
        );
    }
    return { label, cells };
  });
  return validated(issues, () => ({ rows: parsed }));
}
