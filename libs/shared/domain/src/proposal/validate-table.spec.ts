import { aRound } from '../testing/round.builder';
import { aRowInput, aTableInput, cellsOf, typedCells } from '../testing/proposal.builder';
import { ValidationIssue } from '../validation/validation-issue';
import { ConsequenceTableInput } from './validate-table';
import { validateConsequenceTable } from './validate-table';

const round = aRound();

function issuesOf(input: ConsequenceTableInput, path?: string): ValidationIssue[] {
  const result = validateConsequenceTable(input, round, path);
  return result.ok ? [] : [...result.issues];
}

function codesAndPaths(input: ConsequenceTableInput): [string, string][] {
  return issuesOf(input).map(({ code, path }) => [code, path]);
}

describe('validateConsequenceTable', () => {
  it('parses the typed cells into amounts, in the round column order', () => {
    const result = validateConsequenceTable(
      aTableInput(
        aRowInput({ label: ' Drift ', cells: typedCells('-0,125', '-', '- 2,2 mio. kr.', '0') }),
        aRowInput({ label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', category: 'etablering', cells: typedCells('-', '-', '-', '-') }),
      ),
      round,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        columns: ['2026', '2027', '2028', 'permanent'],
        rows: [
          { label: 'Drift', category: 'drift', cells: cellsOf(-125, null, -2200, 0) },
          { label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', category: 'etablering', cells: cellsOf(null, null, null, null) },
        ],
      },
    });
  });

  it('allows the same label in different categories', () => {
    const input = aTableInput(aRowInput({ label: 'Aalborg' }), aRowInput({ label: 'Aalborg', category: 'anlaeg' }));
    expect(validateConsequenceTable(input, round).ok).toBe(true);
  });

  it.each<[string, ConsequenceTableInput, [string, string][]]>([
    ['no rows', { rows: [] }, [['table.no_rows', 'table.rows']]],
    ['rows that are not a list', { rows: undefined as never }, [['table.no_rows', 'table.rows']]],
    ['an empty row label', aTableInput(aRowInput({ label: '   ' })), [['table.row_label_empty', 'table.rows[0].label']]],
    ['a too long row label', aTableInput(aRowInput({ label: 'x'.repeat(201) })), [['table.row_label_too_long', 'table.rows[0].label']]],
    [
      'a duplicate row label ignoring case and spacing',
      aTableInput(aRowInput({ label: 'Drift af  klinik' }), aRowInput({ label: 'drift af klinik ' })),
      [['table.duplicate_row_label', 'table.rows[1].label']],
    ],
    ['an unknown category', aTableInput(aRowInput({ category: 'løn' })), [['table.category_invalid', 'table.rows[0].category']]],
    [
      'a cell that is not an amount',
      aTableInput(aRowInput({ cells: typedCells('-1,0', '1.5', '-1,0', '-1,0') })),
      [['table.cell_invalid', 'table.rows[0].cells.2027']],
    ],
    [
      'a missing year column',
      aTableInput(aRowInput({ cells: { '2026': '-1,0', '2028': '-1,0', permanent: '-1,0' } })),
      [['table.missing_column', 'table.rows[0].cells.2027']],
    ],
    [
      'a missing Permanent column',
      aTableInput(aRowInput({ cells: { '2026': '-1,0', '2027': '-1,0', '2028': '-1,0' } })),
      [['table.missing_column', 'table.rows[0].cells.permanent']],
    ],
    [
      'a year that is not in the round',
      aTableInput(aRowInput({ cells: { ...typedCells('-1', '-1', '-1', '-1'), '2029': '-1,0' } })),
      [['table.unknown_column', 'table.rows[0].cells.2029']],
    ],
    [
      'an all-empty Drift row',
      aTableInput(aRowInput(), aRowInput({ label: 'Vikarer', cells: typedCells('-', '', ' ', '−') })),
      [['table.row_empty', 'table.rows[1].cells']],
    ],
    [
      'an all-empty Anlæg row',
      aTableInput(aRowInput(), aRowInput({ label: 'Byggeri', category: 'anlaeg', cells: typedCells('-', '-', '-', '-') })),
      [['table.row_empty', 'table.rows[1].cells']],
    ],
    [
      'a table with no amount at all',
      aTableInput(aRowInput({ category: 'etablering', cells: typedCells('-', '-', '-', '-') })),
      [['table.no_amounts', 'table.rows']],
    ],
    [
      'cells that are missing altogether',
      aTableInput(aRowInput({ cells: undefined as never })),
      [
        ['table.missing_column', 'table.rows[0].cells.2026'],
        ['table.missing_column', 'table.rows[0].cells.2027'],
        ['table.missing_column', 'table.rows[0].cells.2028'],
        ['table.missing_column', 'table.rows[0].cells.permanent'],
      ],
    ],
  ])('reports %s', (_why, input, expected) => {
    expect(codesAndPaths(input)).toEqual(expected);
  });

  it('reports every problem at once, row by row', () => {
    const input = aTableInput(
      aRowInput({ label: '', cells: typedCells('abc', '-1,0', '-1,0', '-1,0') }),
      aRowInput({ category: 'x', cells: { '2026': '-1', '2027': '-1', permanent: '-1', '2030': '1' } }),
    );
    expect(codesAndPaths(input)).toEqual([
      ['table.row_label_empty', 'table.rows[0].label'],
      ['table.cell_invalid', 'table.rows[0].cells.2026'],
      ['table.category_invalid', 'table.rows[1].category'],
      ['table.missing_column', 'table.rows[1].cells.2028'],
      ['table.unknown_column', 'table.rows[1].cells.2030'],
    ]);
  });

  it('does not call a row empty when one of its cells could not be read', () => {
    const input = aTableInput(aRowInput({ cells: typedCells('-', 'x', '-', '-') }));
    expect(codesAndPaths(input)).toEqual([['table.cell_invalid', 'table.rows[0].cells.2027']]);
  });

  it('puts paths under the given prefix', () => {
    expect(issuesOf({ rows: [] }, 'amendedTable')).toEqual([expect.objectContaining({ path: 'amendedTable.rows' })]);
  });

  it('explains problems in Danish, including the parse error', () => {
    const messages = issuesOf(
      aTableInput(
        aRowInput({ cells: typedCells('-1,0', '1.5', '-1,0', '-1,0') }),
        aRowInput({ label: 'Vikarer', cells: { '2026': '-1', '2027': '-1', '2028': '-1', '2029': '-1' } }),
      ),
    ).map((found) => found.message);
    expect(messages).toEqual([
      'Rækken «Drift», 2027: «1.5» er ikke et gyldigt beløb: punktum som decimaltegn er tvetydigt (i Danmark er punktum tusindtalsseparator). Brug komma: «1,5».',
      'Rækken «Vikarer» mangler et felt for Permanent; skriv «-», hvis forslaget ikke har effekt det år.',
      'Rækken «Vikarer» har et felt for «2029», som ikke er en kolonne i «Budget 2026» (kolonnerne er 2026, 2027, 2028 og Permanent).',
    ]);
  });
});
