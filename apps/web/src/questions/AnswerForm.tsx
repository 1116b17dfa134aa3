import { QUESTION_LIMITS, columnKeys, formatAmount } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useQuestionAction } from '../api/question-queries';
import type { QuestionView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { AmountInputs } from '../forms/AmountInputs';
import { inputId, messagesByPath } from '../forms/field-ids';

interface TypedRow {
  label: string;
  cells: Record<string, string>;
}

/** The answerer's answer: the text and, when the numbers need one, a small table of amounts in the round's columns. */
export function AnswerForm({ question, round }: { question: QuestionView; round: BudgetRound }) {
  const columns = columnKeys(round);
  const prefix = `svar-${question.number}`;
  const [text, setText] = useState(question.answer?.text ?? '');
  const [rows, setRows] = useState<TypedRow[]>(
    () =>
      question.answer?.table?.rows.map((row) => ({
        label: row.label,
        cells: Object.fromEntries(columns.map((column) => [column, formatAmount(row.cells[column] ?? null)])),
      })) ?? [],
  );
  const send = useQuestionAction(
    () =>
      answer(
        workflow.POST('/questions/{questionId}/answer', {
          params: { path: { questionId: question.id } },
          body: { version: question.version, text, table: rows.length > 0 ? { rows } : null },
        }),
      ),
    () => `Svaret på ${question.title.toLowerCase()} er sendt til Koncernøkonomi til godkendelse.`,
  );
  const error = send.error instanceof ApiError ? send.error : undefined;
  // The service's paths («table.rows[0].cells.2026») under this form's prefix, so that each message stands by its input.
  const errors = messagesByPath((error?.problem.errors ?? []).map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` })));
  const textError = errors[`${prefix}.text`];
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate(undefined);
  }
  const updateRow = (index: number, change: Partial<TypedRow>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <form onSubmit={submit} noValidate className="question-act" aria-label={`Besvar ${question.title.toLowerCase()}`}>
      <ErrorSummary problems={Object.entries(errors).map(([path, message]) => ({ fieldId: inputId(path), message }))} />
      <Field id={inputId(`${prefix}.text`)} label={`Svar på ${question.title.toLowerCase()}`} error={textError}>
        <textarea
          className="form-input"
          id={inputId(`${prefix}.text`)}
          rows={6}
          maxLength={QUESTION_LIMITS.answerCharacters}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...describedBy(inputId(`${prefix}.text`), false, textError)}
        />
      </Field>
      {rows.map((row, index) => {
        const path = `${prefix}.table.rows[${index}]`;
        const labelId = inputId(`${path}.label`);
        return (
          <fieldset key={index} className="package-part">
            <legend className="h5">Tabelrække {index + 1}</legend>
            <Field id={labelId} label="Rækkens tekst" error={errors[`${path}.label`]}>
              <input
                className="form-input"
                id={labelId}
                maxLength={QUESTION_LIMITS.rowLabelCharacters}
                value={row.label}
                onChange={(event) => updateRow(index, { label: event.target.value })}
                {...describedBy(labelId, false, errors[`${path}.label`])}
              />
            </Field>
            <AmountInputs
              legend={`Beløb i række ${index + 1}`}
              path={`${path}.cells`}
              columns={columns}
              value={row.cells}
              onChange={(cells) => updateRow(index, { cells: { ...cells } })}
              errors={errors}
            />
            <button type="button" className="button button-tertiary" onClick={() => setRows((current) => current.filter((_, at) => at !== index))}>
              Fjern række {index + 1}
            </button>
          </fieldset>
        );
      })}
      {rows.length < QUESTION_LIMITS.answerTableRows ? (
        <button
          type="button"
          className="button button-secondary mt-3"
          onClick={() => setRows((current) => [...current, { label: '', cells: Object.fromEntries(columns.map((column) => [column, ''])) }])}
        >
          {rows.length === 0 ? 'Tilføj en tabel med beløb' : 'Tilføj en række'}
        </button>
      ) : null}
      {error && Object.keys(errors).length === 0 ? <ProblemAlert error={error} heading="Svaret blev ikke sendt" /> : null}
      <div className="mt-4">
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          Send svaret til godkendelse
        </button>
      </div>
    </form>
  );
}
