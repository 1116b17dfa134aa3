import { IntakeEvent, parseBudgetRound } from '@budgetflow/contracts';
import { BudgetRound } from '@budgetflow/domain';
import { BudgetRound as BudgetRoundRow, IntakeDatabase } from '@budgetflow/intake/data-access';
import { EventContext, OutboxRelay, appendEvent } from '@budgetflow/messaging';
import { isUniqueViolation, jsonColumn } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';

/** A budget round as intake keeps it: the budget office's definition, checked when it is read. */
export interface StoredRound {
  id: string;
  round: BudgetRound;
  createdAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
}

/** Intake's budget rounds. The services see domain values only; a fake stands in for it in unit tests. */
export abstract class RoundRepository {
  abstract find(id: string): Promise<StoredRound | null>;
  abstract list(): Promise<StoredRound[]>;
  abstract exists(region: string, name: string): Promise<boolean>;
  /** Stores a new round with its round.created event; null when the region already has a round of that name. */
  abstract create(id: string, round: BudgetRound, createdBy: string, context: EventContext): Promise<StoredRound | null>;
  /** Which of these rounds the budget agreement has closed. */
  abstract closedAmong(ids: readonly string[]): Promise<Set<string>>;
}

/** The one place a budget_round row becomes a StoredRound: its JSON definition goes through the contracts' parser. */
export function toStoredRound(row: BudgetRoundRow): StoredRound {
  return {
    id: row.id,
    round: parseBudgetRound(row.definition, `budget_round ${row.id}.definition`),
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
  };
}

@Injectable()
export class PrismaRoundRepository extends RoundRepository {
  constructor(
    private readonly db: IntakeDatabase,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  async find(id: string): Promise<StoredRound | null> {
    const row = await this.db.budgetRound.findUnique({ where: { id } });
    return row ? toStoredRound(row) : null;
  }

  async list(): Promise<StoredRound[]> {
    const rows = await this.db.budgetRound.findMany({ orderBy: [{ budgetYear: 'desc' }, { name: 'asc' }] });
    return rows.map(toStoredRound);
  }

  async exists(region: string, name: string): Promise<boolean> {
    return (await this.db.budgetRound.count({ where: { region, name } })) > 0;
  }

  async create(id: string, round: BudgetRound, createdBy: string, context: EventContext): Promise<StoredRound | null> {
    const created = await this.db
      .$transaction(async (tx) => {
        const row = await tx.budgetRound.create({
          data: { id, name: round.name, region: round.region, budgetYear: round.budgetYear, definition: jsonColumn(round), createdBy },
        });
        // A round's only event is its creation: sequence 1.
        await appendEvent(tx, IntakeEvent.RoundCreated, { id, sequence: 1 }, { roundId: id, round }, context);
        return toStoredRound(row);
      })
      .catch((error: unknown) => {
        // Two rounds of one name created at the same moment: the second is a duplicate.
        if (isUniqueViolation(error)) return null;
        throw error;
      });
    if (created) this.relay.nudge();
    return created;
  }

  async closedAmong(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.budgetRound.findMany({ where: { id: { in: [...new Set(ids)] }, closedAt: { not: null } }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }
}
