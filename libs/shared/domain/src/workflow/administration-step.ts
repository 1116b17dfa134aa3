import { IsoDate } from '../validation/iso-date';
import { DecisionOutcome } from './decision';
import { ProposalState } from './proposal-state';

/**
 * A step the administration took on a proposal (a return, a scheduling, FU's or RR's decision, a lapse), as a
 * follower keeps it from the workflow's events: the state it led to, numbered by the state sequence, and, where a
 * meeting was involved, its date, the outcome and the decision text.
 */
export interface AdministrationStep {
  readonly stateSequence: number;
  readonly state: ProposalState;
  readonly meetingDate: IsoDate | null;
  readonly outcome: DecisionOutcome | null;
  readonly decisionText: string | null;
}
