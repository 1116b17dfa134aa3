import { danishLongDateTime } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { useQuestionHistory } from '../api/question-queries';
import type { QuestionView } from '../api/views';
import { ProblemAlert } from '../layout/ProblemAlert';
import { AnswerTableView } from './AnswerTableView';
import { QuestionActs } from './QuestionActs';

/** One question: who asked what and when, where it stands, its answer when the caller may read it, its acts and history. */
export function QuestionCard({
  question,
  round,
  others,
  references,
}: {
  question: QuestionView;
  round: BudgetRound;
  others: readonly QuestionView[];
  references: ReadonlyMap<string, string>;
}) {
  const headingId = `spoergsmaal-${question.number}`;
  const concerns = question.proposalIds.map((id) => references.get(id) ?? id);
  return (
    <li className="question-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {question.title}
        <span className="question-state"> · {question.stateLabel}</span>
      </h3>
      {question.overdue ? (
        <p className="question-overdue">
          <strong>Svarfristen er overskredet</strong> ({question.deadline ? danishLongDateTime(question.deadline) : ''}).
        </p>
      ) : null}
      <p className="question-meta">
        Stillet den {danishLongDateTime(question.askedAt)} af {question.asker.name} ({question.asker.party})
        {question.answerer ? `; fordelt til ${question.answerer.label}` : ''}
        {question.deadline && !question.overdue && question.state !== 'approved' ? `, svarfrist ${danishLongDateTime(question.deadline)}` : ''}.
      </p>
      <blockquote className="question-text">{question.text}</blockquote>
      {question.reworded ? (
        <details className="details">
          <summary className="details-summary">Medlemmets egen formulering</summary>
          <div className="details-text">
            <p>{question.originalText}</p>
          </div>
        </details>
      ) : null}
      {concerns.length > 0 ? <p>Angår {concerns.join(', ')}.</p> : null}
      {question.bilag.length > 0 ? <p>Angår bilag: {question.bilag.join(', ')}.</p> : null}
      {question.mergedInto ? <p>Besvares sammen med spørgsmål nr. {question.mergedInto.number}.</p> : null}
      {question.answer ? (
        <div className="question-answer">
          <h4>{question.answer.approvedAt ? 'Svar' : 'Svar (udkast, ikke godkendt)'}</h4>
          <p className="question-answer-text">{question.answer.text}</p>
          {question.answer.table ? (
            <AnswerTableView table={question.answer.table} round={round} caption={`Beløb i svaret på ${question.title.toLowerCase()}`} />
          ) : null}
          <p className="question-meta">
            Besvaret af {question.answer.answeredBy} den {danishLongDateTime(question.answer.answeredAt)}
            {question.answer.approvedAt ? `; godkendt af ${question.answer.approvedBy} den ${danishLongDateTime(question.answer.approvedAt)}` : ''}.
          </p>
        </div>
      ) : null}
      {question.remark ? (
        <p className="question-remark">
          <strong>Sendt tilbage:</strong> {question.remark}
        </p>
      ) : null}
      {question.allowedActs.length > 0 ? <QuestionActs question={question} round={round} others={others} /> : null}
      <QuestionHistory question={question} />
    </li>
  );
}

function QuestionHistory({ question }: { question: QuestionView }) {
  const [open, setOpen] = useState(false);
  const history = useQuestionHistory(question.id, open);
  return (
    <details className="details" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary className="details-summary">Historik for {question.title.toLowerCase()}</summary>
      <div className="details-text">
        {history.error instanceof ApiError ? <ProblemAlert error={history.error} heading="Historikken kunne ikke hentes" /> : null}
        <ol>
          {(history.data ?? []).map((entry, index) => (
            <li key={index}>
              {danishLongDateTime(entry.at)}: {entry.actLabel} af {entry.actor}
              {entry.text ? `: ${entry.text}` : ''}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
