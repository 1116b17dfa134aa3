/** Anything that carries a proposal's state sequence: a stored proposal, an event, a follower's copy. */
export interface StateSequenced {
  readonly stateSequence: number;
}

/**
 * The followers' rule: only the holder changes a proposal's state, and each change counts one up, so a state is
 * newer than the one a service has exactly when its state sequence is higher. Wall-clock times are never compared.
 */
export function isNewerState(incoming: StateSequenced, current: StateSequenced): boolean {
  return incoming.stateSequence > current.stateSequence;
}
