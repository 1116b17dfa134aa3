import { ApiError } from '../api/api-error';
import { useQuestions, useQuestionWindow } from '../api/question-queries';
import { useWorkflowProposals } from '../api/workflow-queries';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { AskQuestionForm } from './AskQuestionForm';
import { QuestionCard } from './QuestionCard';
import { QuestionWindowPanel } from './QuestionWindowPanel';
import { queueOf } from './question-queue';

/**
 * The round's budget questions, as each role works with them: a member asks and follows its own; the budget office
 * sets the window, numbers, assigns, rewords, merges, approves or sends back; a committee answers what it is given;
 * everyone reads the approved answers.
 */
export function QuestionsPage() {
  const { selected } = useSelectedRound();
  const user = useSessionUser();
  const window = useQuestionWindow(selected?.id);
  const questions = useQuestions(selected?.id);
  const proposals = useWorkflowProposals(selected?.id);
  if (!selected) return <h1>Budgetspørgsmål</h1>;
  const error = [window.error, questions.error].find((candidate) => candidate instanceof ApiError);
  const all = questions.data ?? [];
  const queue = queueOf(all, user.role);
  const references = new Map((proposals.data ?? []).map((proposal) => [proposal.id, proposal.reference]));
  return (
    <>
      <h1>Budgetspørgsmål i {selected.round.name}</h1>
      {error instanceof ApiError ? <ProblemAlert error={error} heading="Spørgsmålene kunne ikke hentes" /> : null}
      {window.isPending || questions.isPending ? <Loading text="Henter spørgsmålene …" /> : null}
      {window.data !== undefined ? <QuestionWindowPanel roundId={selected.id} window={window.data} /> : null}
      {user.role === 'politician' && window.data?.state === 'open' ? <AskQuestionForm roundId={selected.id} proposals={proposals.data ?? []} /> : null}
      {questions.data
        ? queue.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id} className="mt-7">
              <h2 id={section.id}>
                {section.heading} ({section.questions.length})
              </h2>
              {section.questions.length === 0 ? <p>{section.empty}</p> : null}
              <ol className="nobullet-list no-max-width">
                {section.questions.map((question) => (
                  <QuestionCard key={question.id} question={question} round={selected.round} others={all} references={references} />
                ))}
              </ol>
            </section>
          ))
        : null}
    </>
  );
}
