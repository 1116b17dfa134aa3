import { ReportKey } from '@budgetflow/reporting/bilag';
import { createHash } from 'node:crypto';
import { RoundData } from './report-data.service';

/**
 * The data one report shows, as a stable hash: its ETag and storage key. A fact sheet depends on its round and
 * its proposal only; the other reports on the whole round. So an ETag changes exactly when its data does.
 */
export function reportInputHash(key: ReportKey, data: RoundData, proposalId: string | null): string {
  const proposals = proposalId === null ? data.proposals : data.proposals.filter((proposal) => proposal.id === proposalId);
  const input = { key, round: data.round, proposals, agreement: proposalId === null ? data.agreement : null };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}
