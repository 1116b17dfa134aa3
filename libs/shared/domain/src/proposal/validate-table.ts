import { Amount } from '../money/amount';
import { parseAmount } from '../money/parse-amount';
import { BudgetRound } from '../round/budget-round';
import { columnKeys, columnLabel } from '../round/round-columns';
import { nameKey } from '../validation/name-key';
import { checkText, cleanText, joinDanish, quote } from '../validation/text';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';
import { ConsequenceRow, ConsequenceTable, ROW_CATEGORIES, ROW_CATEGORY_LABELS, RowCategory } from './consequence-table';
import { PROPOSAL_LIMITS } from './proposal-limits';

/** A table row as typed: each cell a Danish amount string ("-0,125", "-", "- 2,2 mio. kr."). */
export interface ConsequenceRowInput {
  readonly label: string;
  readonly category: string;
  readonly cells: Readonly<Record<string, string>>;
}

/** A consequence table as typed; the sum row is never typed. */
export interface ConsequenceTableInput {
  readonly rows: readonly ConsequenceRowInput[];
}

const MAX_ROW_LABEL = PROPOSAL_LIMITS.rowLabelCharacters;

function isCategory(value: unknown): value is RowCategory {
  return ROW_CATEGORIES.includes(value as RowCategory);
}

function sameLabelKey(category: string, label: string): string {
  // "Drift " and "drift" are the same row to a reader, so duplicates ignore case and spacing.
  return `${category}|${nameKey(label)}`;
}

/**
 * Parses and checks a typed consequence table against the round's columns; returns every problem
 * at once, with paths under `path` (e.g. "table.rows[2].cells.2029").
 */
export function validateConsequenceTable(
  input: ConsequenceTableInput,
  round: Pick<BudgetRound, 'name' | 'yearColumns'>,
  path = 'table',
): Validated<ConsequenceTable> {
  const keys = columnKeys(round);
  const rows = Array.isArray(input?.rows) ? input.rows : [];
  if (rows.length === 0) {
    return { ok: false, issues: [issue('table.no_rows', `${path}.rows`, 'Tabellen over økonomisk konsekvens skal have mindst én række.')] };
  }
  if (rows.length > PROPOSAL_LIMITS.tableRows) {
    return {
      ok: false,
      issues: [
        issue('table.too_many_rows', `${path}.rows`, `Tabellen har ${rows.length} rækker; højst ${PROPOSAL_LIMITS.tableRows} er tilladt. Læg rækker sammen.`),
      ],
    };
  }
  const issues: ValidationIssue[] = [];
  const seenLabels = new Set<string>();
  const parsedRows: ConsequenceRow[] = [];
  let everyCellReadable = true;
  let someRowReportedEmpty = false;

  rows.forEach((row, index) => {
    const rowPath = `${path}.rows[${index}]`;
    const label = cleanText(row?.label);
    const rowName = label ? `Rækken ${quote(label)}` : `Række ${index + 1}`;
    if (!label) {
      issues.push(issue('table.row_label_empty', `${rowPath}.label`, `Række ${index + 1} skal have en tekst, fx «Drift».`));
    } else if (label.length > MAX_ROW_LABEL) {
      issues.push(issue('table.row_label_too_long', `${rowPath}.label`, `${rowName} har en tekst på ${label.length} tegn; højst ${MAX_ROW_LABEL} er tilladt.`));
    } else {
      issues.push(...checkText(label, `${rowPath}.label`, `Teksten i række ${index + 1}`));
    }
    const category: unknown = row?.category;
    if (!isCategory(category)) {
      const known = joinDanish(ROW_CATEGORIES.map((category) => quote(ROW_CATEGORY_LABELS[category])));
      issues.push(issue('table.category_invalid', `${rowPath}.category`, `${rowName} har kategorien ${quote(row?.category)}, som ikke kendes; brug ${known}.`));
    } else if (label) {
      const key = sameLabelKey(category, label);
      if (seenLabels.has(key)) {
        issues.push(
          issue(
            'table.duplicate_row_label',
            `${rowPath}.label`,
            `${rowName} findes allerede under ${quote(ROW_CATEGORY_LABELS[category])}; giv rækkerne forskellige tekster eller læg dem sammen.`,
          ),
        );
      }
      seenLabels.add(key);
    }

    const typed: Readonly<Record<string, unknown>> = row?.cells && typeof row.cells === 'object' ? row.cells : {};
    const cells: Record<string, Amount | null> = {};
    let rowReadable = true;
    for (const key of keys) {
      const cellPath = `${rowPath}.cells.${key}`;
      if (!(key in typed)) {
        rowReadable = false;
        issues.push(
          issue('table.missing_column', cellPath, `${rowName} mangler et felt for ${columnLabel(key)}; skriv «-», hvis forslaget ikke har effekt det år.`),
        );
        continue;
      }
      const parsed = parseAmount(typed[key] as string);
      if (parsed.ok) {
        cells[key] = parsed.value;
      } else {
        rowReadable = false;
        issues.push(issue('table.cell_invalid', cellPath, `${rowName}, ${columnLabel(key)}: ${parsed.error.message}`));
      }
    }
    for (const key of Object.keys(typed).filter((key) => !keys.includes(key))) {
      issues.push(
        issue(
          'table.unknown_column',
          `${rowPath}.cells.${key}`,
          `${rowName} har et felt for ${quote(key)}, som ikke er en kolonne i ${quote(round.name)} (kolonnerne er ${joinDanish(keys.map(columnLabel))}).`,
        ),
      );
    }
    everyCellReadable &&= rowReadable;
    // The template's "Eventuelle etableringsudgifter" row is often left all "-" (as in the Budget 2026 catalogue);
    // any other row without a single amount is a forgotten row.
    const empty = rowReadable && keys.every((key) => cells[key] === null);
    if (empty && category !== 'etablering') {
      someRowReportedEmpty = true;
      issues.push(issue('table.row_empty', `${rowPath}.cells`, `${rowName} har ingen beløb; udfyld mindst ét felt (0 er også et beløb) eller fjern rækken.`));
    }
    parsedRows.push({ label, category: category as RowCategory, cells });
  });

  const noAmounts = parsedRows.every((row) => keys.every((key) => row.cells[key] === null));
  if (everyCellReadable && !someRowReportedEmpty && noAmounts) {
    issues.push(issue('table.no_amounts', `${path}.rows`, 'Tabellen har ingen beløb; skriv 0, hvis forslaget ikke har økonomisk konsekvens.'));
  }
  return validated(issues, () => ({ columns: keys, rows: parsedRows }));
}
