import { isNewerState } from '@budgetflow/domain';
import { ProblemException } from '@budgetflow/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoredProposal } from './stored-proposal';

/** How long a committee's request waits for a proposal in transit between intake and the workflow. */
export const HANDOVER_WAIT_MS = 5_000;

/** A deadline for one request's waiting, and the pause between two looks. */
export function handoverDeadline(): { passed: () => boolean; pause: (ms: number) => Promise<void> } {
  const deadline = Date.now() + HANDOVER_WAIT_MS;
  return { passed: () => Date.now() > deadline, pause: (ms) => sleep(ms) };
}

/** Reads the proposal until intake has followed the workflow's change (its state sequence), or the wait is over. */
export async function onceFollowed(find: () => Promise<StoredProposal>, stateSequence: number): Promise<StoredProposal> {
  const deadline = handoverDeadline();
  for (;;) {
    const proposal = await find();
    if (!isNewerState({ stateSequence }, proposal) || deadline.passed()) return proposal;
    await deadline.pause(50);
  }
}

export function handoverTimeout(): ProblemException {
  return ProblemException.of(
    'proposal.handover_timeout',
    'Forslaget er på vej mellem forslagsmodtagelsen og godkendelsesforløbet; intet er ændret. Prøv igen om lidt.',
  );
}
