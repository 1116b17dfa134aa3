import { parseBudgetRound } from '@budgetflow/contracts';
import { ProposalContent, decisionInForce } from '@budgetflow/domain';
import { Prisma, ReportingDatabase } from '@budgetflow/reporting/data-access';
import { BilagData } from '@budgetflow/reporting/bilag';
import { parseStoredAgreement } from '../read-model/stored-agreement';
import { readModelProposal } from '../read-model/stored-proposal';
import { PRINTABLE_QUESTION_STATES, bilagQuestionWindow, printableQuestion } from '../read-model/stored-question';
import { ProblemException } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';

// One collator for every comparison: localeCompare with a locale builds a new one per call (120 proposals: ~20 ms).
const REFERENCE_ORDER = new Intl.Collator('da', { numeric: true });

/** A round's data as the bilag need it, read from the read model, with the data version it has. */
export interface RoundData extends Omit<BilagData, 'generatedAt' | 'dataVersion'> {
  dataVersion: number;
}

@Injectable()
export class ReportDataService {
  // The last data loaded per round: every applied event counts up the round's data version in the same transaction,
  // so data of an unchanged version is still the round's data, and a poll costs one small query instead of a load.
  private readonly latest = new Map<string, RoundData>();
  // A read under way per round, with the version current when it began: a caller that sees that version joins it
  // (its snapshot is of that version or newer) instead of reading the round a second time.
  private readonly reading = new Map<string, { sinceVersion: number | undefined; data: Promise<RoundData> }>();

  constructor(private readonly db: ReportingDatabase) {}

  /** The round's data in its current version (frozen: the same object while the version lasts, hashes remembered with it). */
  async load(roundId: string): Promise<RoundData> {
    const remembered = this.latest.get(roundId);
    const pending = this.reading.get(roundId);
    const version = remembered || pending ? await this.currentVersion(roundId) : undefined;
    if (remembered && version === remembered.dataVersion) return remembered;
    const joined = this.reading.get(roundId);
    if (joined && version !== undefined && joined.sinceVersion === version) return joined.data;
    const data = this.read(roundId).then((read) => {
      const frozen = deepFreeze(read);
      // Reads may end out of order: the newest is kept, and one object per version (its hashes are remembered with it).
      const kept = this.latest.get(roundId);
      if (kept && kept.dataVersion >= frozen.dataVersion) return kept.dataVersion === frozen.dataVersion ? kept : frozen;
      this.latest.set(roundId, frozen);
      return frozen;
    });
    const entry = { sinceVersion: version, data };
    this.reading.set(roundId, entry);
    const forget = () => {
      if (this.reading.get(roundId) === entry) this.reading.delete(roundId);
    };
    data.then(forget, forget);
    return data;
  }

  private async currentVersion(roundId: string): Promise<number | undefined> {
    const rows = await this.db.$queryRaw<{ data_version: number }[]>`SELECT data_version FROM report_round WHERE id = ${roundId}::uuid`;
    return rows[0]?.data_version;
  }

  private async read(roundId: string): Promise<RoundData> {
    // One snapshot, so the data version printed on a bilag is the version of exactly the data it shows.
    const [round, proposals, questions] = await this.db.$transaction(
      [
        this.db.reportRound.findUnique({ where: { id: roundId } }),
        // Proposals whose content has not arrived yet (workflow's event came first) are left out until it does.
        this.db.reportProposal.findMany({ where: { roundId, NOT: { content: { equals: Prisma.DbNull } } }, orderBy: { id: 'asc' } }),
        // Only questions the appendix may print: an unapproved one never leaves the database.
        this.db.reportQuestion.findMany({
          where: { roundId, state: { in: [...PRINTABLE_QUESTION_STATES] } },
          select: { id: true, snapshot: true },
          orderBy: { number: 'asc' },
        }),
      ],
      { isolationLevel: 'RepeatableRead' },
    );
    if (!round?.definition) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    return {
      round: { id: round.id, round: parseBudgetRound(round.definition, `report_round ${round.id}.definition`) },
      // In reference order (B26-SU-01, B26-SU-02, ...): the bilag list them so within each committee.
      proposals: proposals
        .map(readModelProposal)
        .sort((a, b) => REFERENCE_ORDER.compare(referenceOf(a.content), referenceOf(b.content)))
        .map((proposal) => {
          // The domain's one rule for the table in force, as every service applies it.
          const inForce = decisionInForce(proposal.decisions);
          return {
            id: proposal.id,
            content: proposal.content as ProposalContent,
            state: proposal.state,
            stateSequence: proposal.stateSequence,
            decidedTable: inForce?.amendedTable ?? null,
            amendedBy: inForce?.body ?? null,
            steps: proposal.steps,
          };
        }),
      agreement: round.agreement === null ? null : parseStoredAgreement(round.agreement, `report_round ${round.id}.agreement`),
      questions: questions.map(printableQuestion).filter((question) => question !== null),
      questionWindow: bilagQuestionWindow(round.id, round.questionWindow),
      dataVersion: round.dataVersion,
    };
  }

  async roundVersions(): Promise<{ id: string; dataVersion: number }[]> {
    return this.db.reportRound.findMany({ where: { NOT: { definition: { equals: Prisma.DbNull } } }, select: { id: true, dataVersion: true } });
  }
}

// Shared between requests, so nobody may change it (a change would also make its remembered hashes wrong).
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function referenceOf(content: ProposalContent | null): string {
  return content?.reference ?? '';
}
