import { IsoDate } from '@budgetflow/domain';

/** A publication of a round's material as the workflow keeps it (table publication). */
export interface StoredPublication {
  readonly id: string;
  readonly roundId: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly dataVersion: number;
  readonly publishedAt: Date;
  /** The login id, and the person's name or, for a token without one, the role and login id. */
  readonly publishedBy: string;
  readonly publishedByName: string;
  readonly replacesId: string | null;
  readonly replacedById: string | null;
  readonly replacedAt: Date | null;
}
