import { aRound } from '../testing/round.builder';
import { QUESTION_LIMITS } from './question-limits';
import { validateAnswer, validateQuestion } from './validate-question';

const known = (id: string) => id === 'p-1';

describe('validateQuestion', () => {
  it('keeps the text and what the question concerns, each once', () => {
    expect(
      validateQuestion({ text: ' Hvad betyder B26-PSU-01 for nattevagterne i Aalborg? ', proposalIds: ['p-1', 'p-1'], bilag: [' Katalog '] }, known),
    ).toEqual({
      ok: true,
      value: { text: 'Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?', proposalIds: ['p-1'], bilag: ['Katalog'] },
    });
  });

  it('names every problem’s field', () => {
    const result = validateQuestion({ text: '  ', proposalIds: ['p-2'], bilag: [''] }, known);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['text', 'Spørgsmålet mangler.'],
      ['proposalIds[0]', 'Runden har intet indsendt forslag med id p-2.'],
      ['bilag[0]', 'Bilag 1 skal have et navn.'],
    ]);
    const long = validateQuestion({ text: 'x'.repeat(QUESTION_LIMITS.textCharacters + 1) }, known);
    expect(long.ok ? '' : long.issues[0]?.message).toBe(
      `Spørgsmålet er ${QUESTION_LIMITS.textCharacters + 1} tegn; højst ${QUESTION_LIMITS.textCharacters} er tilladt.`,
    );
    const control = validateQuestion({ text: 'Hvad\u0007?' }, known);
    expect(control.ok ? [] : control.issues.map((issue) => issue.path)).toEqual(['text']);
  });
});

describe('validateAnswer', () => {
  const round = aRound();
  const every = (text: string) => Object.fromEntries([...round.yearColumns.map(String), 'permanent'].map((key) => [key, text]));

  it('parses the table of amounts exactly, in the round’s columns', () => {
    const result = validateAnswer(
      { text: 'Udgiften til vikarlæger var 41,3 mio. kr. i 2024.', table: { rows: [{ label: 'Vikarlæger', cells: every('-0,125') }] } },
      round,
    );
    expect(result.ok && result.value.table?.rows[0]?.cells).toEqual(Object.fromEntries(Object.keys(every('')).map((key) => [key, -125])));
    expect(validateAnswer({ text: 'Nej.', table: null }, round)).toEqual({ ok: true, value: { text: 'Nej.', table: null } });
  });

  it('names the cell that is not an amount, the missing and unknown columns, and too many rows', () => {
    const [first] = round.yearColumns;
    const cells = { ...every('-'), [String(first)]: '2,22,2', '1999': '1' };
    const result = validateAnswer(
      {
        text: 'Svar.',
        table: {
          rows: [
            { label: 'A', cells },
            { label: 'a', cells: {} },
          ],
        },
      },
      round,
    );
    const paths = result.ok ? [] : result.issues.map((issue) => `${issue.code} ${issue.path}`);
    expect(paths).toContain(`answer_table.cell_invalid table.rows[0].cells.${first}`);
    expect(paths).toContain('answer_table.unknown_column table.rows[0].cells.1999');
    expect(paths).toContain('answer_table.duplicate_row_label table.rows[1].label');
    expect(paths).toContain(`answer_table.missing_column table.rows[1].cells.${first}`);
    const many = validateAnswer(
      { text: 'Svar.', table: { rows: Array.from({ length: 11 }, (_, index) => ({ label: `R${index}`, cells: every('1') })) } },
      round,
    );
    expect(many.ok ? [] : many.issues.map((issue) => issue.code)).toEqual(['answer_table.too_many_rows']);
  });
});
