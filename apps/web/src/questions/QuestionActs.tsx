import { QUESTION_LIMITS, fagudvalg } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useQuestionAction } from '../api/question-queries';
import type { QuestionView } from '../api/views';
import { Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { AnswerForm } from './AnswerForm';

/** The acts the caller may do on the question now (the service's allowedActs), each a small form of its own. */
export function QuestionActs({ question, round, others }: { question: QuestionView; round: BudgetRound; others: readonly QuestionView[] }) {
  const acts = new Set(question.allowedActs);
  return (
    <div className="question-acts">
      {acts.has('assign') ? <AssignForm question={question} round={round} /> : null}
      {acts.has('answer') ? <AnswerForm question={question} round={round} /> : null}
      {acts.has('approve') || acts.has('send_back') ? <ApproveOrSendBack question={question} /> : null}
      {acts.has('reword') ? <RewordForm question={question} /> : null}
      {acts.has('merge') ? <MergeForm question={question} others={others} /> : null}
    </div>
  );
}

const id = (question: QuestionView, what: string) => `spoergsmaal-${question.number}-${what}`;

function AssignForm({ question, round }: { question: QuestionView; round: BudgetRound }) {
  const [answerer, setAnswerer] = useState(question.answerer?.committee ?? (question.answerer ? 'budget_office' : ''));
  const assign = useQuestionAction(
    () =>
      answer(
        workflow.POST('/questions/{questionId}/assign', {
          params: { path: { questionId: question.id } },
          body: { version: question.version, answerer: answerer === 'budget_office' ? { kind: 'budget_office' } : { kind: 'committee', committee: answerer } },
        }),
      ),
    (result) =>
      `${result.title} er fordelt til ${result.answerer?.label ?? ''} med svarfrist ${result.deadline ? new Date(result.deadline).toLocaleString('da-DK') : ''}.`,
  );
  const error = assign.error instanceof ApiError ? assign.error : undefined;
  const problem = error?.issuesFor('answerer')[0]?.message ?? (answerer === '' && assign.isError ? 'Vælg, hvem der skal svare.' : undefined);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (answerer) assign.mutate(undefined);
  }
  return (
    <form onSubmit={submit} noValidate className="question-act" aria-label={`Fordel ${question.title.toLowerCase()}`}>
      <Field id={id(question, 'svarer')} label="Hvem skal svare" error={problem}>
        <select
          className="form-select select-fit"
          id={id(question, 'svarer')}
          value={answerer}
          onChange={(event) => setAnswerer(event.target.value)}
          {...describedBy(id(question, 'svarer'), false, problem)}
        >
          <option value="">Vælg</option>
          {fagudvalg(round.committees).map((committee) => (
            <option key={committee.code} value={committee.code}>
              Udvalgssekretariatet for {committee.name}
            </option>
          ))}
          <option value="budget_office">Koncernøkonomi selv</option>
        </select>
      </Field>
      {error && !problem ? <ProblemAlert error={error} heading="Spørgsmålet blev ikke fordelt" /> : null}
      <button type="submit" className="button button-primary" disabled={assign.isPending || answerer === ''}>
        Fordel {question.title.toLowerCase()}
      </button>
    </form>
  );
}

function ApproveOrSendBack({ question }: { question: QuestionView }) {
  const [remark, setRemark] = useState('');
  const approve = useQuestionAction(
    () => answer(workflow.POST('/questions/{questionId}/approve', { params: { path: { questionId: question.id } }, body: { version: question.version } })),
    () => `Svaret på ${question.title.toLowerCase()} er godkendt og sendt til alle medlemmer.`,
  );
  const sendBack = useQuestionAction(
    () =>
      answer(
        workflow.POST('/questions/{questionId}/send-back', { params: { path: { questionId: question.id } }, body: { version: question.version, remark } }),
      ),
    () => `Svaret på ${question.title.toLowerCase()} er sendt tilbage.`,
  );
  const error = [approve.error, sendBack.error].find((candidate) => candidate instanceof ApiError);
  const remarkError = sendBack.error instanceof ApiError ? sendBack.error.issuesFor('remark')[0]?.message : undefined;
  const acts = new Set(question.allowedActs);
  return (
    <div className="question-act">
      {acts.has('approve') ? (
        <button type="button" className="button button-primary" disabled={approve.isPending} onClick={() => approve.mutate(undefined)}>
          Godkend svaret på {question.title.toLowerCase()}
        </button>
      ) : null}
      {acts.has('send_back') ? (
        <form
          className="mt-4"
          noValidate
          aria-label={`Send svaret på ${question.title.toLowerCase()} tilbage`}
          onSubmit={(event) => {
            event.preventDefault();
            sendBack.mutate(undefined);
          }}
        >
          <Field id={id(question, 'bemaerkning')} label="Hvad skal rettes i svaret" error={remarkError}>
            <textarea
              className="form-input"
              id={id(question, 'bemaerkning')}
              rows={2}
              maxLength={QUESTION_LIMITS.remarkCharacters}
              value={remark}
              onChange={(event) => setRemark(event.target.value)}
              {...describedBy(id(question, 'bemaerkning'), false, remarkError)}
            />
          </Field>
          <button type="submit" className="button button-secondary" disabled={sendBack.isPending}>
            Send svaret tilbage
          </button>
        </form>
      ) : null}
      {error instanceof ApiError && !remarkError ? <ProblemAlert error={error} heading="Handlingen blev ikke udført" /> : null}
    </div>
  );
}

function RewordForm({ question }: { question: QuestionView }) {
  const [text, setText] = useState(question.text);
  const reword = useQuestionAction(
    () => answer(workflow.POST('/questions/{questionId}/reword', { params: { path: { questionId: question.id } }, body: { version: question.version, text } })),
    () => `${question.title} er omformuleret; medlemmets egen formulering er gemt.`,
  );
  const error = reword.error instanceof ApiError ? reword.error : undefined;
  const textError = error?.issuesFor('text')[0]?.message;
  return (
    <details className="details question-act">
      <summary className="details-summary">Omformulér {question.title.toLowerCase()}</summary>
      <div className="details-text">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            reword.mutate(undefined);
          }}
        >
          <Field id={id(question, 'omformuleret')} label="Den nye formulering" hint="Medlemmets egen formulering gemmes." error={textError}>
            <textarea
              className="form-input"
              id={id(question, 'omformuleret')}
              rows={4}
              maxLength={QUESTION_LIMITS.textCharacters}
              value={text}
              onChange={(event) => setText(event.target.value)}
              {...describedBy(id(question, 'omformuleret'), true, textError)}
            />
          </Field>
          {error && !textError ? <ProblemAlert error={error} heading="Spørgsmålet blev ikke omformuleret" /> : null}
          <button type="submit" className="button button-secondary" disabled={reword.isPending}>
            Gem formuleringen
          </button>
        </form>
      </div>
    </details>
  );
}

function MergeForm({ question, others }: { question: QuestionView; others: readonly QuestionView[] }) {
  const candidates = others.filter((other) => other.id !== question.id && other.state !== 'merged' && other.state !== 'approved');
  const [into, setInto] = useState('');
  const merge = useQuestionAction(
    () =>
      answer(
        workflow.POST('/questions/{questionId}/merge', {
          params: { path: { questionId: question.id } },
          body: { version: question.version, intoQuestionId: into },
        }),
      ),
    () => `${question.title} er lagt sammen med et andet spørgsmål og besvares med det.`,
  );
  const error = merge.error instanceof ApiError ? merge.error : undefined;
  if (candidates.length === 0) return null;
  return (
    <details className="details question-act">
      <summary className="details-summary">Læg {question.title.toLowerCase()} sammen med et andet</summary>
      <div className="details-text">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (into) merge.mutate(undefined);
          }}
        >
          <Field id={id(question, 'sammen-med')} label="Besvares sammen med">
            <select className="form-select select-fit" id={id(question, 'sammen-med')} value={into} onChange={(event) => setInto(event.target.value)}>
              <option value="">Vælg</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}: {candidate.text.slice(0, 60)}
                  {candidate.text.length > 60 ? ' …' : ''}
                </option>
              ))}
            </select>
          </Field>
          {error ? <ProblemAlert error={error} heading="Spørgsmålene blev ikke lagt sammen" /> : null}
          <button type="submit" className="button button-secondary" disabled={merge.isPending || into === ''}>
            Læg sammen
          </button>
        </form>
      </div>
    </details>
  );
}
