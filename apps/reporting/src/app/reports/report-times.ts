import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { Injectable } from '@nestjs/common';

/**
 * When each bilag was first made from the data it shows now: the time that data last changed, as the bilag page
 * tells its readers (every change is rendered at once when asked for, else in the background within seconds).
 */
@Injectable()
export class ReportTimes {
  constructor(private readonly db: ReportingDatabase) {}

  /** By input hash; a bilag not yet made from its current data is missing. */
  async madeAt(roundId: string, inputHashes: readonly string[]): Promise<Map<string, Date>> {
    const rows = await this.db.storedReport.findMany({ where: { roundId, inputHash: { in: [...inputHashes] } }, select: { inputHash: true, createdAt: true } });
    return new Map(rows.map((row) => [row.inputHash, row.createdAt]));
  }
}
