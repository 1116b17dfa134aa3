import { useQuery } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { answer, workflow } from './clients';
import { useAction } from './workflow-queries';

// The round's budget questions as the caller may see them, the question window, and the acts on questions.

/** The window; null while the budget office has not set one (the service answers 404 question.window_not_found). */
export function useQuestionWindow(roundId: string | undefined) {
  return useQuery({
    queryKey: ['question-window', roundId],
    queryFn: async () => {
      try {
        return await answer(workflow.GET('/rounds/{roundId}/question-window', { params: { path: { roundId: roundId ?? '' } } }));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'question.window_not_found') return null;
        throw error;
      }
    },
    enabled: Boolean(roundId),
  });
}

export function useQuestions(roundId: string | undefined) {
  return useQuery({
    queryKey: ['questions', roundId],
    queryFn: () => answer(workflow.GET('/rounds/{roundId}/questions', { params: { path: { roundId: roundId ?? '' } } })),
    enabled: Boolean(roundId),
  });
}

export function useQuestionHistory(questionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['questions', 'history', questionId],
    queryFn: () => answer(workflow.GET('/questions/{questionId}/history', { params: { path: { questionId } } })),
    enabled,
  });
}

/** An act on a question or the window; afterwards the questions and the window are fetched again. */
export function useQuestionAction<Input, Result>(act: (input: Input) => Promise<Result>, confirmation?: (result: Result, input: Input) => string) {
  return useAction(act, confirmation, ['questions', 'question-window']);
}
