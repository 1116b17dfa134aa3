import { BudgetRound, ValidationIssue } from '@budgetflow/domain';
import { ImportIssue, importIssue } from './import-issue';
import { SheetGrid } from './sheet-reader';
import { linesByReference, readLayout } from './sheet-layout';
import { SheetProposal, readSheetProposal } from './sheet-proposal';

export type { SheetProposal } from './sheet-proposal';

export interface ReadProposals {
  readonly proposals: readonly SheetProposal[];
  readonly issues: readonly ImportIssue[];
  /** Turns a domain issue of a proposal into a located import issue. */
  readonly located: (proposal: SheetProposal, issue: ValidationIssue) => ImportIssue;
}

/**
 * Reads the proposals from a sheet in the template's layout. The header row is the first row with content
 * (sheet-layout.ts); each line below is one row of a proposal's table, lines with the same reference are one
 * proposal (sheet-proposal.ts: its fields on its first line or repeated identically). Every problem the sheet itself
 * has is located; what the domain will judge (texts, amounts, references) is left to validateProposal, whose issues
 * `located` maps back onto cells (cell-locator.ts).
 */
export function readProposals(grid: SheetGrid, round: BudgetRound, defaultCommittee: string | null): ReadProposals {
  const issues: ImportIssue[] = [];
  const layout = readLayout(grid, round, issues);
  if (layout.headerIndex === -1) {
    return {
      proposals: [],
      issues: [importIssue('import.no_rows', 'Arket er tomt; skriv forslagene under skabelonens overskrifter.', { sheet: grid.sheet })],
      located: () => importIssue('', '', { sheet: grid.sheet }),
    };
  }
  const groups = linesByReference(grid, layout, issues);
  if (groups.size === 0 && issues.length === 0)
    issues.push(importIssue('import.no_rows', 'Arket har ingen forslag under overskriftsrækken.', { sheet: grid.sheet }));
  const proposals = [...groups.entries()].map(([reference, lines]) => readSheetProposal({ grid, layout, reference, lines, issues }, round, defaultCommittee));

  const located = (proposal: SheetProposal, issue: ValidationIssue): ImportIssue => {
    const where = proposal.locate(issue.path);
    const line = grid.rows[where.row - 1] ?? [];
    const cell = where.column > 0 ? (line[where.column - 1] ?? null) : null;
    return importIssue(
      issue.code,
      issue.message,
      layout.at(where.row, where.column > 0 ? where.column : null, cell?.text ?? null, where.column > 0 ? layout.headerOf(where.column) : null),
    );
  };
  return { proposals, issues, located };
}
