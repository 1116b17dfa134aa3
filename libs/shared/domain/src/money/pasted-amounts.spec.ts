import { PastedAmountCell, readPastedAmounts, splitPastedBlock } from './pasted-amounts';

const values = (cells: readonly (readonly PastedAmountCell[])[]) => cells.map((row) => row.map((cell) => (cell.ok ? cell.value : cell.code)));

describe('splitPastedBlock', () => {
  it('splits tab-separated lines; the trailing line break Excel adds makes no row', () => {
    expect(splitPastedBlock('Drift\t-1,0\t-2,0\r\nAnlæg\t-\t0,5\r\n')).toEqual([
      ['Drift', '-1,0', '-2,0'],
      ['Anlæg', '-', '0,5'],
    ]);
  });

  it('keeps empty cells and reads quoted cells with line breaks and quotes', () => {
    expect(splitPastedBlock('a\t\t"b\nc"\t"d ""e"""\n')).toEqual([['a', '', 'b\nc', 'd "e"']]);
  });

  it('reads one cell without a line break', () => {
    expect(splitPastedBlock('-2,2')).toEqual([['-2,2']]);
  });
});

describe('readPastedAmounts', () => {
  it('reads a Danish block (the default) exactly, empty cells as null', () => {
    const result = readPastedAmounts([
      ['-10,0', '−2,2', '-', ''],
      ['-0,125', '1.234,5', '14', '-1.500'],
    ]);
    expect(result.format).toBe('danish');
    expect(result.proven).toBe(true);
    expect(values(result.cells)).toEqual([
      [-10000, -2200, null, null],
      [-125, 1234500, 14000, -1500000],
    ]);
    expect(result.cells[0]?.[0]).toEqual({ ok: true, input: '-10,0', value: -10000, text: '-10,0' });
  });

  it('reads a block as English only when a cell proves it, and then takes its ambiguous cells the English way', () => {
    const result = readPastedAmounts([['1,234.5', '-2.2', '1,000', '-0.125', '-']]);
    expect(result.format).toBe('english');
    expect(result.proven).toBe(true);
    expect(values(result.cells)).toEqual([[1234500, -2200, 1000000, -125, null]]);
    expect(result.cells[0]?.[1]).toMatchObject({ ok: true, text: '-2,2' });
  });

  it('takes an ambiguous cell the Danish way when another cell proves the block Danish', () => {
    const result = readPastedAmounts([['-2,2', '1.500', '1,000']]);
    expect(values(result.cells)).toEqual([[-2200, 1500000, 1000]]);
  });

  it.each([['1,000'], ['1.500'], ['-12,500']])('marks %j as ambiguous when nothing proves the format', (input) => {
    const result = readPastedAmounts([['10', input, '-']]);
    expect(result.proven).toBe(false);
    const cell = result.cells[0]?.[1];
    expect(cell).toMatchObject({ ok: false, code: 'paste.ambiguous', input });
    expect(cell?.ok === false && cell.message).toContain('kan læses både som');
    expect(values(result.cells)[0]?.[0]).toBe(10000);
  });

  it('marks unreadable cells with the Danish reason and guesses nothing', () => {
    const result = readPastedAmounts([['-2,2', 'ti', '0,1234']]);
    expect(values(result.cells)).toEqual([[-2200, 'paste.unreadable', 'paste.unreadable']]);
    expect(result.cells[0]?.[1]).toMatchObject({ message: expect.stringContaining('«ti» er ikke et gyldigt beløb') });
    expect(result.cells[0]?.[2]).toMatchObject({ message: expect.stringContaining('højst 3 decimaler') });
  });

  it('reads a block that mixes the formats as Danish and marks the English-only cells', () => {
    const result = readPastedAmounts([['-2,2', '2.5', '1,000']]);
    expect(result.format).toBe('danish');
    expect(result.proven).toBe(false);
    expect(values(result.cells)).toEqual([[-2200, 'paste.unreadable', 'paste.ambiguous']]);
    expect(result.cells[0]?.[1]).toMatchObject({ message: expect.stringContaining('Brug komma: «2,5»') });
  });

  it('treats empty cells and whole numbers as the same in both formats (they prove nothing)', () => {
    const result = readPastedAmounts([['-', '', '10', '-3']]);
    expect(result.proven).toBe(false);
    expect(values(result.cells)).toEqual([[null, null, 10000, -3000]]);
  });
});
