import { ProblemDetails, ProblemException, RequestContext } from '@budgetflow/platform';
import { Inject, Injectable } from '@nestjs/common';

/** Where the workflow service answers (WORKFLOW_URL). */
export const WORKFLOW_URL = Symbol('WORKFLOW_URL');

/** The workflow's answer to a forwarded withdrawal. */
export type WithdrawalAnswer =
  | { kind: 'accepted'; stateSequence: number }
  /** The workflow does not hold the proposal yet (the submission is on its way) or no longer (it was returned). */
  | { kind: 'not_holder' };

const NOT_HOLDER = new Set(['proposal.handover_pending', 'proposal.held_by_committee']);

/**
 * The workflow service's API, for the committee's requests that the workflow decides (it holds a proposal from
 * its submission on). The committee's own token goes along, so the workflow judges the committee itself.
 */
@Injectable()
export class WorkflowClient {
  constructor(@Inject(WORKFLOW_URL) private readonly baseUrl: string) {}

  /** Asks the workflow to withdraw a submitted proposal; a refusal is thrown as the workflow's own problem. */
  async withdraw(proposalId: string, stateSequence: number, authorization: string, request: RequestContext, idempotencyKey: string): Promise<WithdrawalAnswer> {
    let response: Response;
    try {
      response = await fetch(new URL(`proposals/${encodeURIComponent(proposalId)}/withdraw`, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`), {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          'x-correlation-id': request.correlationId,
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify({ stateSequence }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw unavailable();
    }
    const body = (await response.json().catch(() => null)) as (Partial<ProblemDetails> & { stateSequence?: number }) | null;
    if (response.ok && typeof body?.stateSequence === 'number') return { kind: 'accepted', stateSequence: body.stateSequence };
    if (response.status === 409 && body?.code && NOT_HOLDER.has(body.code)) return { kind: 'not_holder' };
    if (response.status >= 400 && response.status < 500 && body?.code && body.title && body.detail) {
      // The holder's refusal is the committee's answer, as the holder gave it.
      throw ProblemException.forwarded({ status: response.status, code: body.code, title: body.title, detail: body.detail, errors: body.errors });
    }
    throw unavailable();
  }
}

function unavailable(): ProblemException {
  return new ProblemException({
    status: 503,
    code: 'workflow.unavailable',
    title: 'Godkendelsesforløbet svarer ikke',
    detail: 'Forslaget er indsendt, så tilbagetrækningen afgøres af godkendelsesforløbet, som ikke svarer lige nu. Intet er ændret; prøv igen om lidt.',
  });
}
