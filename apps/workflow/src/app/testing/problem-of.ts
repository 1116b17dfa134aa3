import { ProblemDetails, ProblemException } from '@budgetflow/platform';

/** The status and code of the problem a unit test's call is refused with; anything else fails the test. */
export async function problemOf(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProblemException)) throw new Error(`expected a problem, got ${String(error)}`);
  return { status: error.getStatus(), code: (error.getResponse() as { code: string }).code };
}

/** The whole problem a unit test's call is refused with (detail and errors too); anything else fails the test. */
export async function problemDetailsOf(promise: Promise<unknown>): Promise<ProblemDetails> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProblemException)) throw new Error(`expected a problem, got ${String(error)}`);
  return error.getResponse() as ProblemDetails;
}
