import { parseBudgetRound } from '@budgetflow/contracts';
import { ProposalContent, decisionInForce } from '@budgetflow/domain';
import { Prisma, ReportingDatabase } from '@budgetflow/reporting/data-access';
import { BilagData } from '@budgetflow/reporting/bilag';
import { parseStoredAgreement } from '../read-model/stored-agreement';
import { readModelProposal } from '../read-model/stored-proposal';
import { ProblemException } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';

/** A round's data as the bilag need it, read from the read model, with the data version it has. */
export interface RoundData extends Omit<BilagData, 'generatedAt' | 'dataVersion'> {
  dataVersion: number;
}

@Injectable()
export class ReportDataService {
  constructor(private readonly db: ReportingDatabase) {}

  async load(roundId: string): Promise<RoundData> {
    // One snapshot, so the data version printed on a bilag is the version of exactly the data it shows.
    const [round, proposals] = await this.db.$transaction(
      [
        this.db.reportRound.findUnique({ where: { id: roundId } }),
        // Proposals whose content has not arrived yet (workflow's event came first) are left out until it does.
        this.db.reportProposal.findMany({ where: { roundId, NOT: { content: { equals: Prisma.DbNull } } }, orderBy: { id: 'asc' } }),
      ],
      { isolationLevel: 'RepeatableRead' },
    );
    if (!round?.definition) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    return {
      round: { id: round.id, round: parseBudgetRound(round.definition, `report_round ${round.id}.definition`) },
      // In reference order (B26-SU-01, B26-SU-02, ...): the bilag list them so within each committee.
      proposals: proposals
        .map(readModelProposal)
        .sort((a, b) => referenceOf(a.content).localeCompare(referenceOf(b.content), 'da', { numeric: true }))
        .map((proposal) => {
          // The domain's one rule for the table in force, as every service applies it.
          const inForce = decisionInForce(proposal.decisions);
          return {
            id: proposal.id,
            content: proposal.content as ProposalContent,
            state: proposal.state,
            decidedTable: inForce?.amendedTable ?? null,
            amendedBy: inForce?.body ?? null,
          };
        }),
      agreement: round.agreement === null ? null : parseStoredAgreement(round.agreement, `report_round ${round.id}.agreement`),
      dataVersion: round.dataVersion,
    };
  }

  async roundVersions(): Promise<{ id: string; dataVersion: number }[]> {
    return this.db.reportRound.findMany({ where: { NOT: { definition: { equals: Prisma.DbNull } } }, select: { id: true, dataVersion: true } });
  }
}

function referenceOf(content: ProposalContent | null): string {
  return content?.reference ?? '';
}
