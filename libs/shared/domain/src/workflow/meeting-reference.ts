import { DecisionBody } from './decision';

/** Where a body scheduled or decided a proposal: the meeting, its body and date, and the agenda item's number. */
export interface MeetingReference {
  readonly id: string;
  readonly body: DecisionBody;
  /** The meeting's date, YYYY-MM-DD. */
  readonly date: string;
  readonly agendaItem: number;
}
